/**
 * Answers that say the state gave no answer: `[No response]`, `N/A`, a lone dash. They become NULL
 * (with an info issue), never the text itself and never "No".
 */
const NO_RESPONSE = /^\s*(?:\[\s*)?(?:no response|no answer|not answered|n\/a|n\.a\.|pas de réponse|sans réponse|sin respuesta|no contesta|нет ответа|ответ не представлен|[-–—…]+)(?:\s*\])?\s*\.?\s*$/iu;

export function isNoResponse(answer: string): boolean {
  return NO_RESPONSE.test(answer);
}
