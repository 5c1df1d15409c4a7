import type { TurnContext } from 'botbuilder';
import {
  GPTTokenizer, OpenAIModel, Prompt, PromptManager, TextSection, type Memory, type PromptTemplate,
} from '@microsoft/teams-ai';
import type { GroundingFact, LlmAnswerer, LlmFailure } from '../../capabilities/qna/ports';
import type { Lang } from '../../shared/i18n';
import { err, ok, type Result } from '../../shared/result';

/** A throwaway memory for one completion: the prompt is built from the facts, not from conversation state. */
class TurnMemory implements Memory {
  private readonly values = new Map<string, unknown>();
  deleteValue(path: string): void { this.values.delete(path); }
  hasValue(path: string): boolean { return this.values.has(path); }
  getValue<TValue = unknown>(path: string): TValue { return this.values.get(path) as TValue; }
  setValue(path: string, value: unknown): void { this.values.set(path, value); }
}

export interface OpenAiSettings { readonly endpoint: string; readonly apiKey: string; readonly deployment: string }

const system = (lang: Lang): string => (lang === 'nb'
  ? 'Du svarer ledere på spørsmål om lederutviklingsprogrammer. Bruk KUN fakta under. Svar kort på bokmål, med det spurte først. Finn aldri på avgifter, datoer eller navn. Står svaret ikke i faktaene, svar nøyaktig: UKJENT.'
  : 'You answer leaders\' questions about leadership-development programs. Use ONLY the facts below. Answer briefly in English, the asked fact first. Never invent fees, dates or names. If the facts do not hold the answer, reply exactly: UNKNOWN.');

/**
 * teams-ai's OpenAIModel (the model behind its ActionPlanner) on Azure OpenAI, completing a prompt built in code
 * from the facts local retrieval found (the planner would load prompts from files by name). Every failure
 * (throttled, unavailable, slow, unsure) is a value, and the caller keeps the local answer.
 */
export class GroundedOpenAiAnswerer {
  private readonly model: OpenAIModel;
  private readonly functions = new PromptManager({ promptsFolder: __dirname });
  private readonly tokenizer = new GPTTokenizer();

  constructor(settings: OpenAiSettings, private readonly timeoutMs = 4_000) {
    this.model = new OpenAIModel({
      azureApiKey: settings.apiKey, azureDefaultDeployment: settings.deployment, azureEndpoint: settings.endpoint,
      azureApiVersion: '2024-06-01', useSystemMessages: true, maxRetries: 0, retryPolicy: [],
      requestConfig: { timeout: timeoutMs },
    });
  }

  /** The port for one turn (teams-ai renders prompts with the turn's context). */
  forTurn(context: TurnContext): LlmAnswerer {
    return { answer: (question, facts, lang) => this.answer(context, question, facts, lang) };
  }

  private async answer(context: TurnContext, question: string, facts: readonly GroundingFact[], lang: Lang): Promise<Result<string, LlmFailure>> {
    const grounding = facts.map((f, i) => `[${i + 1}] ${f.programName} – ${f.section}: ${f.text}`).join('\n');
    const template: PromptTemplate = {
      name: 'grounded-answer',
      prompt: new Prompt([new TextSection(`${system(lang)}\n\n${grounding}`, 'system'), new TextSection(question, 'user')]),
      config: { schema: 1.1, type: 'completion', description: 'grounded answer', completion: {
        completion_type: 'chat', frequency_penalty: 0, presence_penalty: 0, include_history: false, include_input: false,
        include_images: false, max_tokens: 300, max_input_tokens: 3_000, temperature: 0, top_p: 1,
      } },
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => { timer = setTimeout(() => resolve('timeout'), this.timeoutMs); });
    try {
      const res = await Promise.race([this.model.completePrompt(context, new TurnMemory(), this.functions, this.tokenizer, template), timeout]);
      if (res === 'timeout') return err({ type: 'timeout', detail: `no answer in ${this.timeoutMs} ms` });
      if (res.status === 'rate_limited') return err({ type: 'throttled', detail: 'rate limited' });
      const content = typeof res.message?.content === 'string' ? res.message.content.trim() : '';
      if (res.status !== 'success' || !content) return err({ type: 'unavailable', detail: res.error?.message ?? res.status });
      if (/^(UKJENT|UNKNOWN)\b/.test(content)) return err({ type: 'refused', detail: 'model did not find the answer in the facts' });
      return ok(content);
    } catch (e) {
      return err({ type: 'unavailable', detail: e instanceof Error ? e.message : String(e) });
    } finally {
      clearTimeout(timer);
    }
  }
}
