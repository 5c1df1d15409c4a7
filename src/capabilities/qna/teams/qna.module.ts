import { ActivityTypes, type TurnContext } from 'botbuilder';
import { z } from 'zod';
import { MAX_TEXT_LENGTH } from '../../../adapters/teams/teams-app';
import type { AppContext } from '../../../app-context';
import { EVERYWHERE, type TeamsCapability } from '../../../adapters/teams/teams-capability';
import { toActivity } from '../../../adapters/teams/proactive-messenger';
import { actionLang, turnLang, turnLogger } from '../../../adapters/teams/turn';
import { pick } from '../../../shared/i18n';
import type { QnaContextRepository, QuestionAnswerer } from '../ports';
import { StoreQnaContextRepository } from '../store/qna-context.repository';
import { InProcessQuestionAnswerer } from '../use-cases/in-process-answerer';
import { qnaComposer } from '../use-cases/qna-composer';
import { groundAnswer } from '../use-cases/ground-answer';
import { GroundedOpenAiAnswerer } from '../../../adapters/teams/grounded-openai-answerer';
import { answerMessage } from './answer-card';
import { qnaMessages as m } from './qna-messages';
import { QNA_VERBS } from './qna-verbs';

const followUpSchema = z.object({ verb: z.literal(QNA_VERBS.ask), query: z.string().trim().min(1).max(MAX_TEXT_LENGTH) });

/**
 * Q&A: every free-text message no other capability claimed is a question about the programs. The index is
 * built once at start; the conversation's last program is remembered so follow-up questions need not name it.
 */
export function createQnaCapability(
  ctx: AppContext,
  contexts: QnaContextRepository = new StoreQnaContextRepository(ctx.store),
  /** The program of the base group a group conversation is linked to, if any (wired by the composition root). */
  programOfConversation?: (conversationId: string) => Promise<string | undefined>,
  /** Where questions are answered: worker threads when the composition root runs them (QNA_WORKERS), else here. */
  answerer?: QuestionAnswerer,
): TeamsCapability {
  const questions = answerer ?? inProcess(ctx);
  // Optional: with Azure OpenAI settings, a grounded model phrases the answers; the local answerer always stands by.
  const llm = ctx.config.openAi ? new GroundedOpenAiAnswerer(ctx.config.openAi) : undefined;

  const answer = async (context: TurnContext, asked?: string): Promise<void> => {
    const a = context.activity;
    // Card submits without text belong to other capabilities' cards; they are not questions.
    const text = (asked ?? (typeof a.text === 'string' ? a.text : '')).trim();
    if (!text) {
      if (a.value === undefined) await context.sendActivity(pick(m.empty, turnLang(context)));
      return;
    }
    const conversationId = a.conversation.id;
    const previous = await contexts.get(conversationId);
    // In a linked base group, a question that names no program is about the group's program (question-reader).
    const home = a.conversation.conversationType !== 'personal' && programOfConversation ? await programOfConversation(conversationId) : undefined;
    const started = Date.now();
    const { answer: local, state } = await questions.answer({ text, locale: a.locale, keptLang: actionLang(context, undefined), state: previous, ...(home ? { homeProgramId: home } : {}) });
    const grounded = await groundAnswer(text, local, llm?.forTurn(context));
    const result = grounded.answer;
    // The conversation's state (programs, topic, last list) carries follow-ups; small talk leaves it as it was.
    await contexts.set(conversationId, state, previous);
    turnLogger(context, ctx.logger).info('question answered', {
      kind: result.kind, lang: result.lang, programs: result.programIds.length, ms: Date.now() - started,
      model: grounded.used ? 'used' : grounded.why,
    });
    await context.sendActivity(toActivity(answerMessage(result)));
  };

  return {
    name: 'qna',
    help: [
      { command: m.askCommand, description: m.askDescription, where: EVERYWHERE, groupCommand: m.askInGroup },
      { command: m.nextCommand, description: m.nextDescription, where: EVERYWHERE },
    ],
    register(app) {
      // A clicked follow-up (Action.Submit): its query is answered like typed text; a bad payload changes nothing.
      app.adaptiveCards.actionSubmit<unknown>(QNA_VERBS.ask, async (context, _state, data) => {
        const parsed = followUpSchema.safeParse(data);
        if (!parsed.success) {
          await context.sendActivity(pick(m.badFollowUp, turnLang(context)));
          return;
        }
        await answer(context, parsed.data.query);
      });
      app.activity(ActivityTypes.Message, (context) => answer(context));
    },
    jobHandlers: [],
  };
}

/** Built at start (not on the first question), as the only answerer of this process. */
function inProcess(ctx: AppContext): QuestionAnswerer {
  const composer = qnaComposer(ctx.catalog, ctx.sourcePassages);
  return new InProcessQuestionAnswerer(() => composer, ctx.clock);
}
