/**
 * Size budgets per npm entry point (DECISIONS.md D36): brotli, 1 KB = 1024 B, the eagerly loaded
 * graph. Each element's entry is added here when the element lands.
 */
export const sizeBudgets = [{ name: 'returnkit (all elements)', source: 'src/index.ts', budgetKb: 30 }];
