import 'reflect-metadata';
import { catalogue, type MessageKey } from '@gotong/messages';
import { describe, expect, it } from 'vitest';
import { UserErrorCode, userError } from './user-error.js';

describe('UserError', () => {
  it('carries its catalogue key and parameters, with the English text for scripts', () => {
    const error = userError(UserErrorCode.NOT_ALLOWED_NOW, { key: 'pipeline.moveNotAllowed', params: { from: 'stage.TRIAL', to: 'stage.NEED_IDENTIFIED' } }, 'input.to');
    expect(error).toMatchObject({ code: 'NOT_ALLOWED_NOW', field: 'input.to', messageKey: 'pipeline.moveNotAllowed' });
    expect(error.params.map((parameter) => [parameter.name, parameter.value])).toEqual([
      ['from', 'stage.TRIAL'],
      ['to', 'stage.NEED_IDENTIFIED'],
    ]);
    expect(error.message).toMatch(/^Trial cannot move to Need identified: /);
  });

  it('cannot be built without a catalogue message: a plain text or an unknown key is refused', () => {
    // @ts-expect-error a UserError takes a catalogue message, never a text
    expect(() => userError(UserErrorCode.INVALID, 'Something went wrong.')).toThrow();
    expect(() => userError(UserErrorCode.INVALID, { key: 'error.noSuchThing' as MessageKey })).toThrow(/no catalogue message "error.noSuchThing"/);
  });

  it('has words for every code in both languages, for clients that know only the code', () => {
    for (const code of Object.values(UserErrorCode)) {
      expect(catalogue.id[`userError.${code}`]).toBeTruthy();
      expect(catalogue.en[`userError.${code}`]).toBeTruthy();
    }
  });
});
