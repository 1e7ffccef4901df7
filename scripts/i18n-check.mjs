#!/usr/bin/env node
// Fails when the web app's translations are incomplete or when UI text bypasses i18n:
// - every catalogue (fa, ar, el) has exactly the keys of the English source, each a valid ICU
//   message whose plural blocks name every plural category of its language (Arabic has six);
// - every key the code asks for (t('...') or t(`prefix.${...}`)) exists;
// - no literal text in JSX and no literal aria-label/title/placeholder/alt attributes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import ts from 'typescript';

const root = new URL('../packages/web/src/', import.meta.url).pathname;
const catalogueDir = join(root, 'i18n/messages');
const load = (locale) => JSON.parse(readFileSync(join(catalogueDir, `${locale}.json`), 'utf8'));
const en = load('en');
const problems = [];

const pluralCategories = (locale) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories;

function pluralBlocks(ast, found = []) {
  for (const element of ast) {
    if (element.type === 6 /* plural */) {
      found.push(element);
      for (const option of Object.values(element.options)) pluralBlocks(option.value, found);
    } else if (element.type === 5 /* select */) {
      for (const option of Object.values(element.options)) pluralBlocks(option.value, found);
    }
  }
  return found;
}

for (const locale of ['en', 'fa', 'ar', 'el']) {
  const catalogue = load(locale);
  for (const key of Object.keys(en)) if (!(key in catalogue)) problems.push(`${locale}: missing key ${key}`);
  for (const key of Object.keys(catalogue))
    if (!(key in en)) problems.push(`${locale}: key ${key} is not in en.json`);
  const categories = pluralCategories(locale);
  for (const [key, message] of Object.entries(catalogue)) {
    let format;
    try {
      format = new IntlMessageFormat(message, locale);
    } catch (error) {
      problems.push(`${locale}: ${key} is not valid ICU: ${error.message}`);
      continue;
    }
    for (const block of pluralBlocks(format.getAst())) {
      const missing = categories.filter((category) => !(category in block.options));
      if (missing.length && !('other' in block.options))
        problems.push(`${locale}: ${key} has no "other" plural form`);
      if (missing.length && locale !== 'en')
        problems.push(`${locale}: ${key} lacks plural forms ${missing.join(', ')}`);
    }
  }
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);
// Symbols that are icons, not words: arrows, ×, +, ★, ⚑, ⧉, ↶ ↷, bullets.
const isSymbolOnly = (text) => /^[\s+×★⚑⧉↶↷←→↑↓•·:.,()\-–—⠿✎]*$/u.test(text);

for (const file of sourceFiles(root)) {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const where = (node) =>
    `${relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node) => {
    if (ts.isJsxText(node) && !isSymbolOnly(node.text))
      problems.push(`${where(node)}: literal text "${node.text.trim()}"`);
    if (
      ts.isJsxAttribute(node) &&
      TEXT_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer)
    ) {
      if (!isSymbolOnly(node.initializer.text) && !/^https?:\/\/$/.test(node.initializer.text)) {
        problems.push(`${where(node)}: literal ${node.name.getText()}="${node.initializer.text}"`);
      }
    }
    if (ts.isCallExpression(node) && node.expression.getText() === 't' && node.arguments[0]) {
      const argument = node.arguments[0];
      if (ts.isStringLiteral(argument) && !(argument.text in en))
        problems.push(`${where(node)}: unknown key ${argument.text}`);
      if (ts.isTemplateExpression(argument)) {
        const prefix = argument.head.text;
        if (!Object.keys(en).some((key) => key.startsWith(prefix)))
          problems.push(`${where(node)}: no key starts with ${prefix}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

if (problems.length) {
  console.error(
    `i18n check failed (${problems.length}):\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
  );
  process.exit(1);
}
console.log(`i18n check passed: ${Object.keys(en).length} keys in en, fa, ar, el; no literal UI text.`);
