/** Vite turns `import x from '…mp3?url'` into the URL of the file, served with the bundle. */
declare module '*.mp3?url' {
  const url: string;
  export default url;
}
