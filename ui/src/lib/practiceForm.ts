/**
 * The good-practice form: its fields (those the URBACT importer fills), its checks (the
 * core's rules for a practice, `convene-core` practice.rs) and the `PracticeInput` it
 * sends. Field keys are the core's: "title", "author_role", "sections[1].body", so an
 * error the core returns lands beside the same input.
 */
import { t } from './i18n.svelte';
import type { FieldErrors } from './errors';
import type { Practice, PracticeInput } from './types';
import { LINE_MAX, NAME_MAX, TEXT_MAX, TITLE_MAX, lengthError, put, requiredError } from './validation';

export interface SectionForm {
  heading: string;
  body: string;
}

export interface PracticeForm {
  title: string;
  tagline: string;
  city: string;
  /** ISO code chosen from the list, or "" for none. */
  country: string;
  author: string;
  author_role: string;
  headline_figure: string;
  is_transfer: boolean;
  sections: SectionForm[];
  network_ids: number[];
}

export function emptyPracticeForm(): PracticeForm {
  return {
    title: '', tagline: '', city: '', country: '', author: '', author_role: '', headline_figure: '',
    is_transfer: false, sections: [], network_ids: [],
  };
}

export function formFromPractice(p: Practice): PracticeForm {
  return {
    title: p.title, tagline: p.tagline, city: p.city, country: p.country ?? '', author: p.author,
    author_role: p.author_role, headline_figure: p.headline_figure, is_transfer: p.is_transfer,
    sections: p.sections.map((s) => ({ heading: s.heading, body: s.body })), network_ids: [...p.network_ids],
  };
}

export function validatePracticeForm(f: PracticeForm): FieldErrors {
  const e: FieldErrors = {};
  put(e, 'title', requiredError(f.title, TITLE_MAX));
  put(e, 'tagline', lengthError(f.tagline, LINE_MAX));
  put(e, 'city', lengthError(f.city, NAME_MAX));
  put(e, 'author', lengthError(f.author, NAME_MAX));
  put(e, 'author_role', lengthError(f.author_role, LINE_MAX));
  put(e, 'headline_figure', lengthError(f.headline_figure, NAME_MAX));
  f.sections.forEach((s, i) => {
    put(e, `sections[${i}].heading`, lengthError(s.heading, LINE_MAX));
    put(e, `sections[${i}].body`, lengthError(s.body, TEXT_MAX));
  });
  return e;
}

/** The input the core takes; sections keep their order and places, so `sections[i]` errors land on section i. */
export function practiceInputFromForm(f: PracticeForm): PracticeInput {
  return {
    title: f.title, tagline: f.tagline, city: f.city, country: f.country.trim(), author: f.author,
    author_role: f.author_role, headline_figure: f.headline_figure, is_transfer: f.is_transfer,
    sections: f.sections.map((s) => ({ heading: s.heading, body: s.body })),
    network_ids: [...new Set(f.network_ids)],
  };
}
