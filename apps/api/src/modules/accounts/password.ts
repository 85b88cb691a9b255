import { hash, verify, type Algorithm } from '@node-rs/argon2';

// Algorithm.Argon2id is a const enum, which isolated modules cannot inline.
const argon2id = 2 as Algorithm;
// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const options = { algorithm: argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

let decoyHash: Promise<string> | undefined;
/** Verifies against a throwaway hash, so a wrong email costs as long as a wrong password. */
export async function verifyDecoy(password: string): Promise<void> {
  decoyHash ??= hashPassword('decoy-password-never-used');
  await verifyPassword(await decoyHash, password);
}
