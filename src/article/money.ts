// The one place the extractor reaches the shared money parser: when the compiler moves, only this
// import changes.
export { findMoney, parseMoney, normaliseWidth, formatUsd } from '../data/money.ts';
export type { MoneyMatch, MoneyQualifier, MoneyParseResult } from '../data/money.ts';
