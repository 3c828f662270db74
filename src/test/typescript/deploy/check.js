// @ts-check
// Checks Kubernetes manifests against the published models of their APIs: every *.json file under
// the folder given (one document each; ai.landscape.deploy.ManifestSchemaTest writes them there from
// the kustomizations under deploy/), by its apiVersion and kind, twice:
//
// 1. Types. A TypeScript file (in memory) declares each document as its kind's interface and is
//    compiled strictly. The interfaces name every field of every object, so a field the API does
//    not have (a misspelt one) fails, at any depth, as does a value of the wrong type.
// 2. Values. The model's validate(), the API's JSON schema compiled by ajv: types, enums, minimums,
//    required fields. It cannot see misspelt fields (its schemas allow fields they do not list).
//
// Prints one line per error, "FILE#POINTER: MESSAGE" (FILE relative to the folder, POINTER the JSON
// pointer of the field), by file; exits 1 when there is any, 2 when the check itself could not run.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/**
 * The kinds a manifest may use, by "apiVersion kind", and their models: kubernetes-models follows
 * the API of a Kubernetes release, @kubernetes-models/cloudnative-pg that of a CloudNativePG release
 * (which ones: deploy/README.md). kubernetes-models also keeps versions a current cluster no longer
 * serves (autoscaling/v2beta2, ...), so the kinds are listed here rather than looked up: any other
 * apiVersion or kind is an error.
 */
const MODELS = {
  "apps/v1 Deployment": "kubernetes-models/apps/v1/Deployment",
  "v1 Service": "kubernetes-models/v1/Service",
  "batch/v1 Job": "kubernetes-models/batch/v1/Job",
  "policy/v1 PodDisruptionBudget": "kubernetes-models/policy/v1/PodDisruptionBudget",
  "autoscaling/v2 HorizontalPodAutoscaler": "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler",
  "postgresql.cnpg.io/v1 Cluster": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Cluster",
};

const PROJECT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The generated file, as if in this folder, so that its imports resolve to the project's node_modules */
const SOURCE = path.join(PROJECT, "deploy", "manifests.generated.ts");

process.exitCode = await main(process.argv[2]).catch((error) => {
  console.error(error);
  return 2;
});

/**
 * @param {string | undefined} root
 * @returns {Promise<number>} the exit value
 */
async function main(root) {
  if (root === undefined) {
    console.error("usage: node deploy/check.js FOLDER");
    return 2;
  }
  const folder = path.resolve(root);
  /** @type {{file: string, document: any, key: string}[]} */
  const documents = jsonFiles(folder, "")
    .sort()
    .map((file) => {
      const document = JSON.parse(readFileSync(path.join(folder, file), "utf8"));
      return { file, document, key: `${document.apiVersion} ${document.kind}` };
    });
  if (documents.length === 0) {
    console.error(`no *.json under ${folder}`);
    return 2;
  }
  /** @type {{file: string, line: string}[]} */
  const errors = [];
  const known = documents.filter(({ file, key }) => {
    if (!(key in MODELS)) {
      errors.push({ file, line: `${file}#/apiVersion: no model for ${key} (deploy/check.js lists the kinds)` });
      return false;
    }
    return true;
  });

  // 1. Types
  const { text, lines } = typescript(known);
  const program = ts.createProgram({
    rootNames: [SOURCE],
    options: {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
    },
    host: inMemory(SOURCE, text),
  });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`;
    const at =
      diagnostic.file?.fileName === SOURCE && diagnostic.start !== undefined
        ? lines[diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line]
        : undefined;
    if (at === undefined) {
      // not in a document (an import that does not resolve, say): the check is broken
      throw new Error(`${diagnostic.file?.fileName ?? ""} ${message}`);
    }
    errors.push({ file: at.file, line: `${at.file}#${at.pointer}: ${message}` });
  }

  // 2. Values
  for (const { file, document, key } of known) {
    const module = await import(MODELS[/** @type {keyof MODELS} */ (key)]);
    try {
      new module[document.kind](document).validate();
    } catch (e) {
      // a ValidationError of @kubernetes-models/validate: ajv's errors, with their English messages
      const failed = /** @type {{errors?: {instancePath: string, message?: string, params?: any}[]}} */ (e);
      if (!Array.isArray(failed?.errors)) {
        throw e;
      }
      for (const error of failed.errors) {
        const allowed = error.params?.allowedValues;
        const values = allowed ? ` ${JSON.stringify(allowed)}` : "";
        errors.push({ file, line: `${file}#${error.instancePath}: ${error.message}${values}` });
      }
    }
  }

  // by file (a stable sort: the types' errors before the values')
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const error of errors) {
    console.log(error.line);
  }
  return errors.length > 0 ? 1 : 0;
}

/**
 * The documents as TypeScript, each a constant of its kind's interface, one field a line, and for
 * each line the document and the field it is in (so that a compiler error names them).
 *
 * @param {{file: string, document: any, key: string}[]} documents
 */
function typescript(documents) {
  /** @type {string[]} */
  const out = [];
  /** @type {({file: string, pointer: string} | undefined)[]} */
  const lines = [];
  documents.forEach(({ document, key }, i) => {
    const model = MODELS[/** @type {keyof MODELS} */ (key)];
    out.push(`import type { I${document.kind} as T${i} } from "${model}";`);
    lines.push(undefined);
  });
  documents.forEach(({ file, document }, i) => {
    /**
     * @param {string} head the line so far
     * @param {unknown} value
     * @param {string} pointer
     * @param {string} tail
     */
    const emit = (head, value, pointer, tail) => {
      const line = (/** @type {string} */ s) => {
        out.push(s);
        lines.push({ file, pointer });
      };
      if (Array.isArray(value)) {
        line(`${head}[`);
        value.forEach((item, n) => emit("", item, `${pointer}/${n}`, ","));
        line(`]${tail}`);
      } else if (value !== null && typeof value === "object") {
        line(`${head}{`);
        for (const [name, field] of Object.entries(value)) {
          const escaped = name.replaceAll("~", "~0").replaceAll("/", "~1");
          const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
          emit(`${key}: `, field, `${pointer}/${escaped}`, ",");
        }
        line(`}${tail}`);
      } else {
        line(`${head}${JSON.stringify(value)}${tail}`);
      }
    };
    emit(`export const d${i}: T${i} = `, document, "", ";");
  });
  return { text: out.join("\n"), lines };
}

/**
 * The *.json files under the folder, relative to it.
 *
 * @param {string} folder
 * @param {string} prefix
 * @returns {string[]}
 */
function jsonFiles(folder, prefix) {
  return readdirSync(path.join(folder, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? jsonFiles(folder, `${prefix}${entry.name}/`)
      : entry.name.endsWith(".json")
        ? [`${prefix}${entry.name}`]
        : [],
  );
}

/**
 * A compiler host that reads the project's files from disk and the generated one from memory.
 *
 * @param {string} name
 * @param {string} text
 */
function inMemory(name, text) {
  const host = ts.createCompilerHost({});
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (file, language, ...rest) =>
    file === name ? ts.createSourceFile(file, text, language) : getSourceFile.call(host, file, language, ...rest);
  host.fileExists = (file) => file === name || fileExists.call(host, file);
  host.readFile = (file) => (file === name ? text : readFile.call(host, file));
  return host;
}
