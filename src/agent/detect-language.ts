/** @deprecated Import from src/core/language.ts (shim for open branches; removed with issue 8). */
export { detectLanguage, type Language as ConversationLanguage } from '../core/language.ts';
