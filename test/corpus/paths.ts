import { join } from "node:path";

/** Where the corpus files live (committed; made by make-corpus.ts). */
export const CORPUS_DIR = join(__dirname, "files");
