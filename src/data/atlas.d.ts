declare module 'virtual:atlas-data' {
  const data: import('./types').AtlasData;
  export default data;
}
