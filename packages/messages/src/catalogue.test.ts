import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { catalogue, translatorFor } from './index.js';

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
  }
  return into;
}

describe('the message catalogue', () => {
  it('has the same keys in Indonesian and English', () => {
    expect(Object.keys(catalogue.en).sort()).toEqual(Object.keys(catalogue.id).sort());
  });

  it('holds valid ICU messages with the same arguments in both languages', () => {
    const mismatched: string[] = [];
    for (const [key, indonesian] of Object.entries(catalogue.id)) {
      const english = catalogue.en[key as keyof typeof catalogue.en];
      const expected = [...argumentsOf(parse(indonesian, { ignoreTag: true }))].sort();
      const actual = [...argumentsOf(parse(english, { ignoreTag: true }))].sort();
      if (expected.join() !== actual.join()) mismatched.push(`${key}: ${expected.join()} ≠ ${actual.join()}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('writes English plurals right and Indonesian without plural forms', () => {
    const english = translatorFor('en');
    const indonesian = translatorFor('id');
    expect(english('ideas.votes', { count: 1 })).toBe('1 vote');
    expect(english('ideas.votes', { count: 2 })).toBe('2 votes');
    expect(english('organizations.memberCount', { count: 1 })).toBe('1 member');
    expect(english('ideas.comments', { count: 0 })).toBe('0 comments');
    expect(indonesian('ideas.votes', { count: 1 })).toBe('1 suara');
    expect(indonesian('ideas.votes', { count: 1250 })).toBe('1.250 suara');
    expect(english('ideas.votes', { count: 1250 })).toBe('1,250 votes');
    expect(english('email.digest.subject', { count: 1 })).toBe('Gotong: 1 update for you');
    expect(english('email.digest.subject', { count: 2 })).toBe('Gotong: 2 updates for you');
    expect(indonesian('email.digest.subject', { count: 2 })).toBe('Gotong: 2 kabar untuk Anda');
  });

  it('fills arguments and keeps a message without arguments as written', () => {
    const english = translatorFor('en');
    expect(english('ideas.by', { name: 'Sari' })).toBe('by Sari');
    expect(english('ideas.vote')).toBe(catalogue.en['ideas.vote']);
  });

  it('words the arguments of a message from elsewhere that are message keys (an API error naming a stage)', () => {
    const refusal = { key: 'pipeline.gateNotMet', values: { stage: 'stage.TRIAL', count: 2 } } as const;
    expect(translatorFor('en')(refusal)).toBe('The gate into Trial is not met: 2 requirements are still missing.');
    expect(translatorFor('id')(refusal)).toBe('Syarat masuk tahap Uji coba belum terpenuhi: 2 syarat belum ada.');
    expect(translatorFor('en')({ key: 'ideas.by', values: { name: 'stage.unknown' } })).toBe('by stage.unknown');
  });
});
