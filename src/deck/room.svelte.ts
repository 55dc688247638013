/**
 * The room's tally while the deck is presented: the presenter's verdict on each quiz question, kept in
 * localStorage per deck so that a reload keeps it. Only the presenting page writes it: a speaker-view frame
 * (`?receiver`) shows the same tally but sends its verdicts to the presenting page instead of recording them.
 */
import {
  decodeRoomTally,
  encodeRoomTally,
  roomQuestions,
  withVerdict,
  type AskedRoomQuestion,
  type AskedRoomQuiz,
  type RoomTally,
  type Verdict,
} from '../../quiz/room.ts';

export const ROOM_MESSAGE = 'summit-recap-room';

/** What the speaker-view frame sends to the presenting page. */
export type RoomMessage =
  | { namespace: typeof ROOM_MESSAGE; type: 'verdict'; question: string; verdict: Verdict }
  | { namespace: typeof ROOM_MESSAGE; type: 'clear' };

/** What the tally has just done, for the presenter to see. */
export type RoomNotice =
  /** `saved` false: the browser refused to store it (storage full): it lasts as long as the page. */
  | { kind: 'recorded'; question: AskedRoomQuestion; verdict: Verdict; saved: boolean }
  | { kind: 'forwarded'; verdict: Verdict }
  | { kind: 'cleared'; count: number }
  | { kind: 'reveal-first' }
  | { kind: 'no-question' };

export function roomTallyKey(slug: string): string {
  return `summit-recap:room-tally:${slug}`;
}

export interface RoomTallyOptions {
  /** The room quiz (a getter: the deck may change while the page is open, in development). */
  quiz: () => AskedRoomQuiz | undefined;
  /** localStorage, or undefined where it cannot be used. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  key: () => string;
  /** Whether the slides show the tally buttons (not in the print view). */
  interactive?: boolean;
  /** Where verdicts go instead of being recorded (a speaker-view frame); undefined: record them here. */
  forward?: (message: RoomMessage) => void;
  /** How long a notice stays, in ms. */
  noticeFor?: number;
}

export class RoomTallyState {
  verdicts = $state<RoomTally>({});
  notice = $state<{ id: number; notice: RoomNotice }>();
  /** The room quiz's questions by id. */
  readonly questions: Readonly<Record<string, AskedRoomQuestion>> = $derived(
    Object.fromEntries(
      roomQuestions(this.quiz ?? { talks: [], final: [] }).map((question) => [question.question.id, question]),
    ),
  );
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly options: RoomTallyOptions;

  constructor(options: RoomTallyOptions) {
    this.options = options;
    this.reload();
  }

  get quiz(): AskedRoomQuiz | undefined {
    return this.options.quiz();
  }

  get interactive(): boolean {
    return this.options.interactive ?? true;
  }

  /** Whether this page records verdicts itself (false in a speaker-view frame). */
  get records(): boolean {
    return this.options.forward === undefined;
  }

  /** Reads the stored tally again (after another page changed it). */
  reload(): void {
    let text: string | null = null;
    try {
      text = this.options.storage?.getItem(this.options.key()) ?? null;
    } catch {
      // Storage can be refused (privacy settings): the tally then lives as long as the page.
      return;
    }
    this.verdicts = decodeRoomTally(text);
  }

  verdictOf(question: string): Verdict | undefined {
    return this.verdicts[question];
  }

  /** The presenter's verdict on a question of the room quiz; a verdict given again replaces the first. */
  record(question: string, verdict: Verdict): void {
    const asked = Object.hasOwn(this.questions, question) ? this.questions[question] : undefined;
    if (!asked) return;
    if (this.options.forward) {
      this.options.forward({ namespace: ROOM_MESSAGE, type: 'verdict', question, verdict });
      this.say({ kind: 'forwarded', verdict });
      return;
    }
    // What this page holds is the tally (another page's changes arrive through reload()): a write the browser
    // refused must not make the next verdict forget this one.
    this.verdicts = withVerdict(this.verdicts, question, verdict);
    this.say({ kind: 'recorded', question: asked, verdict, saved: this.save() });
  }

  clear(): void {
    if (this.options.forward) {
      this.options.forward({ namespace: ROOM_MESSAGE, type: 'clear' });
      return;
    }
    this.reload();
    const count = Object.keys(this.verdicts).length;
    this.verdicts = {};
    try {
      this.options.storage?.removeItem(this.options.key());
    } catch {
      // See reload().
    }
    this.say({ kind: 'cleared', count });
  }

  /** A message from a speaker-view frame; anything else is ignored. */
  receive(data: unknown): void {
    if (!this.records || typeof data !== 'string') return;
    let message: Partial<RoomMessage> & { verdict?: unknown; question?: unknown };
    try {
      message = JSON.parse(data) as typeof message;
    } catch {
      return;
    }
    if (message?.namespace !== ROOM_MESSAGE) return;
    if (message.type === 'clear') this.clear();
    if (
      message.type === 'verdict' &&
      typeof message.question === 'string' &&
      (message.verdict === 'right' || message.verdict === 'wrong')
    ) {
      this.record(message.question, message.verdict);
    }
  }

  say(notice: RoomNotice): void {
    this.notice = { id: (this.notice?.id ?? 0) + 1, notice };
    clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => (this.notice = undefined), this.options.noticeFor ?? 2600);
  }

  /** Whether the browser stored the tally. */
  private save(): boolean {
    try {
      this.options.storage?.setItem(this.options.key(), encodeRoomTally(this.verdicts));
      return this.options.storage !== undefined;
    } catch {
      return false;
    }
  }
}
