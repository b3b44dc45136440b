// A stand-in for office.js in the browser test of the built task pane: it answers the Office.js
// calls the Excel adapter makes over a small in-page workbook. Only Excel itself is faked; the pane
// under test is the production bundle. Configured by window.__ZIELPLANER_TEST = { thema, namen }.
(function () {
  var konfig = window.__ZIELPLANER_TEST || {};
  var zellen = {}; // 'Blatt!A1' -> { wert, format, bedingte: [] }
  var namen = []; // { name, bezug: 'Blatt!A1' }
  (konfig.namen || []).forEach(function (n) {
    namen.push({ name: n.name, bezug: n.bezug });
    var t = teile(n.bezug);
    zellen[t.blatt + '!' + t.a1] = { wert: n.wert, format: n.format || 'General', bedingte: [] };
  });
  var protokoll = { laeufe: [], ausgewaehlt: [], aktiviert: [], namen: namen, zellen: zellen };
  window.__excel = protokoll;

  function quote(blatt) {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(blatt) ? blatt : "'" + blatt.replace(/'/g, "''") + "'";
  }
  function teile(bezug) {
    var i = bezug.lastIndexOf('!');
    var blatt = bezug.slice(0, i);
    if (blatt.charAt(0) === "'") blatt = blatt.slice(1, -1).replace(/''/g, "'");
    return { blatt: blatt, a1: bezug.slice(i + 1).replace(/\$/g, '') };
  }
  function zelle(blatt, a1) {
    var k = blatt + '!' + a1;
    if (!zellen[k]) zellen[k] = { wert: '', format: 'General', bedingte: [] };
    return zellen[k];
  }
  function bereich(blatt, a1) {
    var z = zelle(blatt, a1);
    var r = {
      isNullObject: false,
      load: function () {
        return r;
      },
      select: function () {
        protokoll.ausgewaehlt.push(blatt + '!' + a1);
      },
      conditionalFormats: {
        load: function () {},
        get items() {
          return z.bedingte;
        },
        add: function (typ) {
          var f = { type: typ, custom: { rule: { formula: '', load: function () {} }, format: { fill: { color: null } } } };
          f.delete = function () {
            z.bedingte.splice(z.bedingte.indexOf(f), 1);
          };
          z.bedingte.push(f);
          return f;
        },
      },
    };
    Object.defineProperty(r, 'address', {
      get: function () {
        return quote(blatt) + '!' + a1;
      },
    });
    Object.defineProperty(r, 'values', {
      get: function () {
        return [[z.wert]];
      },
      set: function (v) {
        z.wert = v[0][0];
      },
    });
    Object.defineProperty(r, 'valueTypes', {
      get: function () {
        return [[z.wert === '' || z.wert === null ? 'Empty' : typeof z.wert === 'number' ? 'Double' : 'String']];
      },
    });
    Object.defineProperty(r, 'numberFormat', {
      get: function () {
        return [[z.format]];
      },
    });
    Object.defineProperty(r, 'rowCount', { value: 1 });
    Object.defineProperty(r, 'columnCount', { value: 1 });
    return r;
  }
  // a worksheet; getRange() without an address is the whole sheet (all its conditional formats)
  function blattObjekt(blatt) {
    return {
      name: blatt,
      protection: { protected: false },
      activate: function () {
        protokoll.aktiviert.push(blatt);
      },
      getRange: function (a1) {
        if (a1 !== undefined) return bereich(blatt, a1);
        return {
          conditionalFormats: {
            load: function () {},
            get items() {
              var alle = [];
              Object.keys(zellen).forEach(function (k) {
                if (k.slice(0, k.lastIndexOf('!')) === blatt) alle = alle.concat(zellen[k].bedingte);
              });
              return alle;
            },
          },
        };
      },
    };
  }
  var einstellungen = {};
  function kontext() {
    var lauf = { syncs: 0 };
    protokoll.laeufe.push(lauf);
    var workbook = {
      name: 'Planung Kaiserslautern.xlsx',
      load: function () {},
      names: {
        load: function () {},
        get items() {
          return namen.map(function (n) {
            return {
              name: n.name,
              type: 'Range',
              value: '=' + n.bezug,
              getRangeOrNullObject: function () {
                var t = teile(n.bezug);
                return bereich(t.blatt, t.a1);
              },
            };
          });
        },
        getItemOrNullObject: function (name) {
          var n = namen.filter(function (x) {
            return x.name.toLowerCase() === name.toLowerCase();
          })[0];
          return {
            isNullObject: !n,
            load: function () {},
            delete: function () {
              namen.splice(namen.indexOf(n), 1);
            },
          };
        },
        add: function (name, ref) {
          namen.push({ name: name, bezug: typeof ref === 'string' ? ref.replace(/^=/, '') : ref.address });
        },
      },
      tables: { load: function () {}, items: [] },
      settings: {
        add: function (k, v) {
          einstellungen[k] = v;
        },
        getItemOrNullObject: function (k) {
          return {
            load: function () {},
            isNullObject: !(k in einstellungen),
            value: einstellungen[k],
            delete: function () {
              delete einstellungen[k];
            },
          };
        },
      },
      worksheets: {
        load: function () {},
        get items() {
          var namen = { Planung: true };
          Object.keys(zellen).forEach(function (k) {
            namen[k.slice(0, k.lastIndexOf('!'))] = true;
          });
          return Object.keys(namen).map(blattObjekt);
        },
        onChanged: {
          add: function () {
            return { context: ctx, remove: function () {} };
          },
        },
        getItem: function (blatt) {
          return blattObjekt(blatt);
        },
      },
      getSelectedRange: function () {
        return bereich('Planung', 'C30');
      },
    };
    var ctx = {
      workbook: workbook,
      runtime: { enableEvents: true },
      sync: function () {
        lauf.syncs++;
        return Promise.resolve();
      },
    };
    return ctx;
  }
  window.Excel = {
    run: function (a, b) {
      return Promise.resolve((typeof a === 'function' ? a : b)(kontext()));
    },
    ConditionalFormatType: { custom: 'Custom' },
    WorksheetPositionType: { end: 'End' },
  };
  var dunkel = konfig.thema === 'dunkel';
  window.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', Mac: 'Mac', iOS: 'iOS', OfficeOnline: 'OfficeOnline' },
    EventType: {},
    context: {
      platform: 'OfficeOnline',
      officeTheme: dunkel
        ? { isDarkTheme: true, bodyBackgroundColor: '#262626', bodyForegroundColor: '#FFFFFF' }
        : { isDarkTheme: false, bodyBackgroundColor: '#FFFFFF', bodyForegroundColor: '#000000' },
      requirements: {
        isSetSupported: function () {
          return true;
        },
      },
      ui: {},
    },
    onReady: function (cb) {
      var info = { host: 'Excel', platform: 'OfficeOnline' };
      setTimeout(function () {
        if (cb) cb(info);
      }, 0);
      return Promise.resolve(info);
    },
  };
})();
