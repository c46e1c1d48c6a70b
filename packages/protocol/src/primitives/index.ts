export * from './reader';
export * from './writer';
export * from './varint';
export * from './uuid';
export * from './tagged-fields';
