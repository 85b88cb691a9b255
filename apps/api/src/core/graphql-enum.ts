/** A GraphQL enum object (for registerEnumType) from a list of values shared with @gotong/domain. */
export const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
