// The one place the extractor reaches the shared money parser: when the compiler moves, only this
// import changes.
export { findMoney, parseMoney, normaliseWidth, formatUsd } from '../../compiler/core/money.ts';
export type { MoneyMatch, MoneyQualifier, MoneyParseResult } from '../../compiler/core/money.ts';
