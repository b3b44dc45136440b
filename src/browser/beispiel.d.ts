/** Address of the built-in example workbook (served from the page's own origin). */
export declare const beispielUrl: string;
/** File name shown for the example. */
export declare const beispielName: string;
