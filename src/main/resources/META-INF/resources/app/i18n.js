// Labels in Chinese or English: the page's own words here, the data's codes from /vocabularies
// (each code carries both), the records' names from their name and nameEn.

/** @typedef {"zh" | "en"} Lang */
/** @typedef {import("landscape-api").components["schemas"]["Vocabularies"]} Vocabularies */
/** @typedef {{code: string, label: {zh: string, en: string}}} Code */

const WORDS = {
  title: ['生成式 AI 版图', 'Generative-AI landscape'],
  subtitle: ['中美模型玩家、应用、SOTA 对比与红杉的三篇文章：每一条都可追溯到原文', 'US and China model players, applications, the SOTA comparison and the Sequoia essays: every record traced to its seed document'],
  language: ['语言', 'Language'],
  views: ['视图', 'Views'],
  map: ['市场版图', 'Market map'],
  applications: ['应用', 'Applications'],
  sota: ['SOTA 对比', 'SOTA comparison'],
  takeaways: ['差距与需求', 'Take-aways'],
  essays: ['文章', 'Essays'],
  search: ['搜索', 'Search'],
  searchLabel: ['搜索全部数据（中文、英文、别名）', 'Search the whole dataset (Chinese, English, aliases)'],
  searchButton: ['搜索', 'Search'],
  all: ['全部', 'All'],
  region: ['地区', 'Region'],
  capability: ['能力', 'Capability'],
  category: ['类别', 'Category'],
  segment: ['用户群', 'Segment'],
  type: ['类型', 'Type'],
  kind: ['类别', 'Kind'],
  organizations: ['机构', 'Organizations'],
  organization: ['机构', 'Organization'],
  models: ['模型', 'Models'],
  download: ['下载当前列表', 'Download this list'],
  loading: ['加载中…', 'Loading…'],
  error: ['出错了', 'Something went wrong'],
  close: ['关闭', 'Close'],
  copyCurl: ['复制为 curl', 'Copy as curl'],
  copied: ['已复制', 'Copied'],
  openJson: ['打开 JSON', 'Open JSON'],
  provenance: ['出处', 'Provenance'],
  rawBeside: ['原始单元格与解析值', 'Seed cells beside parsed values'],
  raw: ['原文', 'Seed text'],
  parsed: ['解析值', 'Parsed'],
  fields: ['全部字段', 'Every field'],
  field: ['字段', 'Field'],
  value: ['值', 'Value'],
  table: ['表', 'Table'],
  row: ['行', 'Row'],
  section: ['章节', 'Section'],
  line: ['行号', 'Line'],
  document: ['文档', 'Document'],
  noModels: ['无', 'none'],
  modelsInColumn: ['个模型', 'models'],
  matrixCaption: ['应用：类别 × 用户群（格内为应用数）', 'Applications: category × segment (counts)'],
  total: ['合计', 'Total'],
  cellApps: ['该格的应用', 'Applications in this cell'],
  allApps: ['全部应用', 'All applications'],
  clearCell: ['显示全部', 'Show all'],
  name: ['名称', 'Name'],
  categories: ['类别', 'Categories'],
  segments: ['用户群', 'Segments'],
  inferred: ['（推断）', '(inferred)'],
  parameters: ['参数量', 'Parameters'],
  logScale: ['参数量（对数刻度）', 'Parameters (log scale)'],
  unknown: ['未知', 'unknown'],
  atLeast: ['至少', 'at least'],
  reported: ['有说法', 'reported'],
  exact: ['确切', 'exact'],
  claim: ['说法', 'Claim'],
  sotaTable: ['各模型的参数说法', 'Each model’s parameter claims'],
  gaps: ['中美差距', 'US/China gaps'],
  needs: ['中国需要', 'What China needs'],
  topic: ['主题', 'Topic'],
  waves: ['四次浪潮', 'The four waves'],
  theses: ['论断与结论', 'Theses and their verdicts'],
  figures: ['文中的数字', 'The figures'],
  companies: ['提到的公司与产品', 'The companies and products named'],
  subject: ['对象', 'Subject'],
  measure: ['度量', 'Measure'],
  unit: ['单位', 'Unit'],
  qualifier: ['限定', 'Qualifier'],
  source: ['来源', 'Source'],
  results: ['条结果', 'results'],
  noResults: ['没有结果', 'No results'],
  typeToSearch: ['在上方输入要搜索的内容', 'Type a query in the search box above'],
  matched: ['匹配', 'matched'],
  via: ['经由', 'via'],
  notFound: ['未找到', 'Not found'],
  verdict: ['结论', 'Verdict'],
  period: ['时期', 'Period'],
  role: ['角色', 'Role'],
  mentions: ['提及', 'Mentions'],
};

/** @typedef {keyof typeof WORDS} Word */

/** @type {Lang} */
let current = 'en';
/** @type {Record<string, Code[]>} */
let vocabularies = {};

/** @param {Lang} lang */
export function setLang(lang) {
  current = lang;
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
}

export function lang() {
  return current;
}

/** @param {Vocabularies} loaded */
export function setVocabularies(loaded) {
  vocabularies = /** @type {Record<string, Code[]>} */ (/** @type {unknown} */ (loaded));
}

/**
 * The page's own words.
 * @param {Word} word
 */
export function t(word) {
  return WORDS[word][current === 'zh' ? 0 : 1];
}

/**
 * The codes of a vocabulary, in its order.
 * @param {string} vocabulary
 * @returns {Code[]}
 */
export function codes(vocabulary) {
  return vocabularies[vocabulary] || [];
}

/**
 * A code's label in the current language (the code itself when the vocabulary lacks it).
 * @param {string} vocabulary
 * @param {string | null | undefined} code
 */
export function label(vocabulary, code) {
  if (!code) {
    return '';
  }
  const found = codes(vocabulary).find((c) => c.code === code);
  return found ? found.label[current] : code;
}

/**
 * A record's name, with the other language's beside it where both exist and differ: the current
 * language first.
 * @param {{name?: string | null, nameEn?: string | null, title?: string | null, titleEn?: string | null}} record
 */
export function names(record) {
  const zh = record.name || record.title || '';
  const en = record.nameEn || record.titleEn || '';
  if (!en || en === zh) {
    return zh || en;
  }
  if (!zh) {
    return en;
  }
  return current === 'zh' ? `${zh} · ${en}` : `${en} · ${zh}`;
}

/**
 * A text with its English rendering: the one of the current language.
 * @param {string | null | undefined} zh
 * @param {string | null | undefined} en
 */
export function pick(zh, en) {
  return (current === 'en' ? en || zh : zh || en) || '';
}
