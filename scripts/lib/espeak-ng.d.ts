// espeak-ng (an Emscripten build of eSpeak NG) ships no types: the part scripts/make-narration.ts uses.
declare module 'espeak-ng' {
  interface EmscriptenFS {
    writeFile(path: string, data: string | Uint8Array): void;
    readFile(path: string): Uint8Array;
  }
  interface ESpeakModule {
    FS: EmscriptenFS;
  }
  interface Options {
    /** The command line, as for the espeak-ng program. */
    arguments: string[];
    preRun?: ((module: ESpeakModule) => void)[];
    /** Emscripten's hook to reuse an already compiled module instead of fetching and compiling it again. */
    instantiateWasm?: (imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance) => void) => object;
    print?: (text: string) => void;
    printErr?: (text: string) => void;
  }
  export default function ESpeakNg(options: Options): Promise<ESpeakModule>;
}
