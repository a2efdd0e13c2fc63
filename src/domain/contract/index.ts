export * from './types';
export * from './formats';
export * from './tables';
export * from './catalogues';
export * from './header';
export * from './layout';
export * from './captions';
export * from './columnHeader';
