/**
 * The staff self-check's behaviour, over the page's own markup: choosing an answer shows its
 * feedback (and what the policy expects, when it was not that), and moves focus to it so a
 * keyboard or screen-reader user lands on what changed; Next moves on. The first choice in each
 * situation is counted for the end, in memory only: nothing is stored or sent.
 */
export function startSelfCheck(root: HTMLElement): void {
  const situations = [...root.querySelectorAll<HTMLElement>('[data-situation]')];
  const done = root.querySelector<HTMLElement>('[data-done]')!;
  const tally = done.querySelector<HTMLElement>('[data-tally]')!;
  const firstChoiceBest = new Map<string, boolean>();

  const show = (section: HTMLElement) => {
    for (const s of [...situations, done]) s.hidden = s !== section;
    section.querySelector<HTMLElement>('h2')?.focus();
  };

  for (const [index, section] of situations.entries()) {
    const id = section.dataset.situation!;
    const options = [...section.querySelectorAll<HTMLButtonElement>('[data-option]')];
    const answer = section.querySelector<HTMLElement>('[data-answer]')!;
    for (const option of options) {
      option.addEventListener('click', () => {
        if (!firstChoiceBest.has(id)) firstChoiceBest.set(id, option.dataset.best === 'true');
        for (const o of options) o.setAttribute('aria-pressed', String(o === option));
        let chosen: HTMLElement | undefined;
        for (const verdict of answer.querySelectorAll<HTMLElement>('[data-feedback-for]')) {
          verdict.hidden = verdict.dataset.feedbackFor !== option.dataset.option;
          if (!verdict.hidden) chosen = verdict;
        }
        answer.hidden = false;
        chosen?.focus();
      });
    }
    section.querySelector('[data-next]')!.addEventListener('click', () => {
      const next = situations[index + 1];
      if (next) return show(next);
      const best = [...firstChoiceBest.values()].filter(Boolean).length;
      tally.textContent = (tally.dataset.template ?? '').replace('%N%', String(best));
      show(done);
    });
  }

  done.querySelector('[data-restart]')!.addEventListener('click', () => {
    firstChoiceBest.clear();
    for (const section of situations) {
      section.querySelector<HTMLElement>('[data-answer]')!.hidden = true;
      for (const o of section.querySelectorAll('[data-option]')) o.setAttribute('aria-pressed', 'false');
    }
    show(situations[0]!);
  });
}
