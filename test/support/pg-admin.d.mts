export declare const SERVER_ENV: string;
export declare const TEMPLATE_ENV: string;
export declare const LOCAL_SERVER: string;
export declare function withDatabase(serverUrl: string, database: string): string;
export declare function canConnect(url: string): Promise<boolean>;
export declare function adminQuery(serverUrl: string, sql: string): Promise<void>;
export declare function createDatabaseFromTemplate(serverUrl: string, name: string, template: string): Promise<string>;
export declare function dropDatabase(serverUrl: string, name: string): Promise<void>;
export declare function tempDir(prefix: string): Promise<string>;
