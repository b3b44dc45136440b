/** scripts/nachhaltungsbeispiel.js: the Kaiserslautern 2024 example with ZV_Ist filled in (January to June 2024). */
export declare const BEISPIEL: string;
export declare const DATEINAME: string;
export declare function nachhaltungsMappe(): Promise<Uint8Array>;
