import { textOf } from '~/lib/forms';

/** The idea form's fields as the shared schemas (postIdeaSchema, editIdeaSchema) take them: tags are comma-separated. */
export function ideaFormInput(formData: FormData) {
  return {
    kind: textOf(formData, 'kind') ?? '',
    title: textOf(formData, 'title') ?? '',
    body: textOf(formData, 'body') ?? '',
    tags: (textOf(formData, 'tags') ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  };
}
