// SPDX-License-Identifier: Apache-2.0
// The unspin page: calls /v1/detect and /v1/restore, highlights spun spans, lets the user accept or reject edits.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  // loaded: the file last read into the text box ({ text, pageStarts, file }, file itself when it is a PDF or Word
  // file, which the server can return annotated);
  // pageStarts: the pages of the text shown, a PDF's while the box still holds its text unchanged, else none
  const state = { input: '', restore: null, detect: null, accepted: [], loaded: null, pageStarts: [] };

  function edits() {
    return (state.restore && Array.isArray(state.restore.edits)) ? state.restore.edits : [];
  }
  function replacementOf(e) {
    return e.replacement !== undefined ? e.replacement : e.original;
  }
  function spunOf(e) {
    return e.spun !== undefined ? e.spun : state.input.slice(e.start, e.end);
  }
  // kept: the reading that keeps the span's words as written, which restore's JSON lists among the alternatives
  function alternativesOf(e) {
    const alts = Array.isArray(e.alternatives) ? e.alternatives : [];
    return alts.map((a) => (typeof a === 'string' ? { text: a } : { text: a.text || a.original || a.replacement,
      confidence: typeof a.confidence === 'number' ? a.confidence : a.probability, kept: a.kept === true }));
  }
  // an alternative in words: keeping the words said as such, which an editor had read as another likely original
  function alternativeText(a) {
    return (a.kept ? 'keep \u201c' + a.text + '\u201d as written' : a.text)
      + (typeof a.confidence === 'number' ? ' (' + pct(a.confidence) + ')' : '');
  }
  function confClass(c) {
    return c >= 0.8 ? 'conf-high' : c >= 0.5 ? 'conf-mid' : 'conf-low';
  }
  // a word with every character beyond plain Latin letters written as its code point ("men<U+200B>tioned"), a run of
  // four or more of one such character once with its length ("men<U+200B x5000>tioned"), and a run of mathematical
  // letters as what it reads ("<styled:ment>ioned"), as the command line writes them
  function shown(word) {
    return word.replace(/[\u{1D400}-\u{1D7FF}]+/gu, run => '\u0000' + run.normalize('NFKC') + '\u0001')
      .split(/(\u0000[^\u0001]*\u0001)/u).map(part => part.startsWith('\u0000')
        ? '<styled:' + part.slice(1, -1) + '>'
        : codePoints(part)).join('');
  }

  function codePoints(part) {
    const chars = Array.from(part);
    let out = '';
    for (let i = 0; i < chars.length;) {
      const ch = chars[i];
      const c = ch.codePointAt(0);
      if (c < 0xA0 || (c < 0x250 && /\p{L}/u.test(ch))) {
        out += ch;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < chars.length && chars[j] === ch) {
        j++;
      }
      const hex = '<U+' + c.toString(16).toUpperCase().padStart(4, '0');
      out += j - i >= 4 ? hex + ' x' + (j - i) + '>' : (hex + '>').repeat(j - i);
      i = j;
    }
    return out;
  }

  function pct(p) {
    return Math.round(100 * p) + '%';
  }
  // the page (1 for the first) of a PDF's text at offset: the last page starting at or before it; 0 without pages
  function pageAt(starts, offset) {
    let page = 0;
    while (page < starts.length && starts[page] <= offset) {
      page++;
    }
    return starts.length ? Math.max(page, 1) : 0;
  }
  function onPage(offset) {
    const page = pageAt(state.pageStarts, offset);
    return page ? 'page ' + page + ': ' : '';
  }

  // POSTs body as type; the JSON answer, or an Error with the problem's title and detail, and for a server too busy
  // to take it now (503 with Retry-After, which a timeout's 503 does not have) the seconds to wait, as retryAfter
  async function send(path, type, body) {
    const res = await fetch(path, { method: 'POST', headers: { 'Content-Type': type }, body: body });
    const answer = await res.json().catch(() => ({}));
    if (!res.ok) {
      throw problem(res, answer);
    }
    return answer;
  }

  // the Error for an answer res that is not ok, its JSON body read as answer ({} for none): the problem's title and
  // detail, or for a proxy's own answer what happened in words, saying what was sent ("the text", or "the file")
  function problem(res, answer, sent = 'the text') {
    if (!answer.title && res.status === 413) { // not the server's own answer: a proxy's limit, lower than its own
      return new Error('413: a proxy in front of the unspin server refused ' + sent + ' as too large (nginx: '
        + 'client_max_body_size).');
    }
    // a proxy's own answers, with a page of its own rather than the server's problem: said in words, where the
    // page had said "504: " and no more
    if (!answer.title && res.status === 504) {
      return new Error('504: a proxy in front of the unspin server gave up waiting for its answer (nginx: '
        + 'proxy_read_timeout).');
    }
    if (!answer.title && res.status === 502) {
      return new Error('502: a proxy in front of the unspin server could not reach it (is the server still '
        + 'running?).');
    }
    const err = new Error(!answer.title && !answer.detail ? res.status + ': an answer without the unspin '
      + 'server\'s explanation' + (res.statusText ? ' (' + res.statusText + ')' : '') + ', perhaps from a proxy '
      + 'in front of it.' : (answer.title || res.status) + ': ' + (answer.detail || ''));
    if (res.status === 503 && res.headers.has('Retry-After')) {
      const wait = Number(res.headers.get('Retry-After')); // seconds; an HTTP date reads as 1
      err.retryAfter = Number.isFinite(wait) && wait >= 0 ? Math.min(wait, 10) : 1;
    }
    return err;
  }

  // call() settled as Promise.allSettled does; when refused as overloaded, sent again at once (the request sent
  // beside it, which held the worker, has answered by now: a server of one worker and no queue, serve --workers 1
  // --queue 0, refuses one of two sent at once), then once more after the Retry-After the server asked for
  async function settledAgain(settled, call) {
    for (let tries = 0; tries < 2 && settled.status === 'rejected' && settled.reason
      && settled.reason.retryAfter !== undefined; tries++) {
      if (tries > 0) {
        await new Promise(done => setTimeout(done, 1000 * settled.reason.retryAfter));
      }
      settled = await call().then(value => ({ status: 'fulfilled', value: value }),
        reason => ({ status: 'rejected', reason: reason }));
    }
    return settled;
  }

  function post(path, text, trace) {
    return send(path, 'application/json', JSON.stringify(trace ? { text: text, trace: true } : { text: text }));
  }

  // the verdict and spans shown belong to one text: hidden when the text changes or a run fails
  function clearResults() {
    state.detect = null;
    state.restore = null;
    state.accepted = [];
    state.tabStop = 0;
    $('verdict').hidden = true;
    $('panes').hidden = true;
    $('sources').hidden = true;
    $('sources-view').textContent = '';
    hidePopover();
  }

  // The Restore button while a run works: marked busy rather than disabled, so that the keyboard focus on it stays
  // there (a disabled button drops it to the page); a press then does nothing.
  function setWorking(on) {
    $('restore-button').setAttribute('aria-disabled', on ? 'true' : 'false');
  }
  function working() {
    return $('restore-button').getAttribute('aria-disabled') === 'true';
  }

  // the paragraphs that look spun on their own in a text that does not look spun as a whole (a farm copy that spun
  // some paragraphs of an article and kept the rest)
  function aloneCount(d) {
    return d && !d.spun && Array.isArray(d.paragraphs)
      ? d.paragraphs.filter(p => p && !p.spun && p.spunAlone === true).length : 0;
  }

  // what a screen reader announces when a run ends (the status is a live region): the verdict in a line
  function summary() {
    const d = state.detect || {};
    if (typeof d.notJudged === 'string') {
      return 'Not judged: ' + d.notJudged + '.';
    }
    const n = edits().length;
    const alone = aloneCount(d);
    return (d.spun ? 'Looks spun' : 'Does not look spun') + ' (' + pct(d.spunProbability || 0) + '), '
      + (alone ? alone + ' paragraph' + (alone === 1 ? '' : 's') + ' spun on ' + (alone === 1 ? 'its' : 'their')
        + ' own, ' : '')
      + n + ' suspicious span' + (n === 1 ? '' : 's') + (state.restore ? '' : ' (restoration failed)') + '.';
  }

  let runs = 0; // the latest run's number: an answer to an earlier one (another text) is dropped

  async function run() {
    const text = $('input-text').value;
    const mine = ++runs;
    if (!text.trim()) {
      clearResults();
      $('status').textContent = 'Paste some text first.';
      return;
    }
    clearResults();
    state.pending = text;
    setWorking(true);
    $('status').textContent = 'Working…';
    try {
      // a server with an archive index (serve --index) also looks the text up in it, once, with the restoration.
      // Both at once, which a server of several workers answers in the time of the longer; one refused as
      // overloaded is sent again after the other has answered
      const detectCall = () => post('v1/detect', text);
      const restoreCall = () => post('v1/restore', text, state.canTrace);
      let [detect, restore] = await Promise.allSettled([detectCall(), restoreCall()]);
      detect = mine === runs ? await settledAgain(detect, detectCall) : detect;
      restore = mine === runs ? await settledAgain(restore, restoreCall) : restore;
      if (mine !== runs) {
        return;
      }
      if (detect.status === 'rejected') {
        throw detect.reason;
      }
      state.input = text;
      state.pageStarts = state.loaded && state.loaded.text === text ? state.loaded.pageStarts : [];
      state.detect = detect.value;
      if (restore.status === 'rejected') {
        // the verdict stands on its own (a long text's restoration can pass the server's time limit where its
        // detection does not); the views of the restored text are not shown
        state.restore = null;
        state.accepted = [];
        render();
        $('panes').hidden = true;
        $('status').textContent = 'The verdict below is this text\'s, but its restoration failed: '
          + failure(restore.reason);
        return;
      }
      state.restore = restore.value;
      state.accepted = acceptedFrom(minConfidence());
      render();
      $('status').textContent = summary();
    } catch (err) {
      if (mine === runs) {
        clearResults();
        $('status').textContent = 'Failed: ' + failure(err);
      }
    } finally {
      if (mine === runs) {
        setWorking(false);
      }
    }
  }

  // what went wrong, in an editor's words where the browser's are cryptic; for a request that sent a file (the
  // annotated copy), what to do is said for that file: a PDF is not split as a pasted text is, and the command line
  // marks it with no proxy in between
  function failure(err, file) {
    const m = err && err.message ? err.message : String(err);
    if (/Failed to fetch|NetworkError|Load failed/i.test(m)) {
      return 'the unspin server could not be reached (is it still running?)';
    }
    const shorter = file ? ' Send a file of fewer pages, mark this one on the command line (unspin detect --annotate '
      + 'DIR ' + file.name + '), or ask whoever runs the server to raise '
      : ' Split the text into smaller parts, or ask whoever runs the server to raise ';
    if (/^504\b/.test(m)) {
      return m + shorter + 'that limit.';
    }
    if (/^413\b|Payload Too Large|too large/i.test(m)) {
      return m + (/[.!?]$/.test(m) ? '' : '.') + shorter + (/proxy/.test(m) ? 'that limit.' : 'its --max-body.');
    }
    return m;
  }

  // a reason's weight in words: "spinner-table evidence +4.80" is "spinner-table evidence (strong, for spun)" (log-odds
  // of 3 or more: the odds moved twentyfold; 1 or more: threefold); a negative one is evidence against ("-1.48":
  // "moderate, against spun"), which a clean verdict's line had shown as if it were for
  function weighed(reasons) {
    return reasons.replace(/ ([+-]\d+(?:\.\d+)?)(?=[,;]|$)/g, (all, v) => {
      const n = Number(v);
      const x = Math.abs(n);
      return ' (' + (x >= 3 ? 'strong' : x >= 1 ? 'moderate' : 'slight') + (n < 0 ? ', against spun' : ', for spun')
        + ')';
    });
  }

  // the confidence from which edits start accepted (the "Accept edits from" choice; 0 for every edit)
  function minConfidence() {
    const v = Number($('min-confidence').value);
    return Number.isFinite(v) ? v : 0;
  }
  function acceptedFrom(c) {
    return edits().map(e => (e.confidence || 0) >= c);
  }

  function render() {
    const p = state.detect && typeof state.detect.spunProbability === 'number' ? state.detect.spunProbability : 0;
    $('verdict').hidden = false;
    $('panes').hidden = false;
    $('gauge-fill').style.strokeDasharray = (100 * p).toFixed(1) + ' 100';
    // a text not judged (no words, another language, code, a licence) has no probability to show
    const notJudged = state.detect && typeof state.detect.notJudged === 'string';
    $('gauge-value').textContent = notJudged ? '–' : pct(p);
    if (notJudged) {
      $('gauge').removeAttribute('aria-valuenow');
    } else {
      $('gauge').setAttribute('aria-valuenow', String(Math.round(100 * p)));
    }
    $('gauge').setAttribute('aria-valuetext', notJudged ? 'not judged' : pct(p));
    const spun = state.detect && state.detect.spun;
    const alone = aloneCount(state.detect);
    // the gauge's colour follows the verdict: a red dot at 1% had read as an alarm
    $('gauge').dataset.verdict = notJudged ? 'none' : spun ? 'spun' : alone ? 'partly' : 'clean';
    $('verdict-line').textContent = notJudged ? 'This text was not judged.'
      : spun ? 'This text looks spun.' : alone ? 'This text does not look spun, but ' + alone
        + (alone === 1 ? ' paragraph does on its own' : ' paragraphs do on their own')
        + ': a copy may have spun only some paragraphs.' : 'This text does not look spun.';
    // a text not called spun has no family in detect's answer ("none"), though the paragraphs spun on their own have
    // their spans shown and restored by one: restore's, as the command line's report names it
    const aloneFamily = !spun && alone > 0 && edits().length > 0 && typeof state.restore.spinner === 'string'
      && state.restore.spinner !== 'none';
    const spinner = aloneFamily ? state.restore.spinner : state.detect && state.detect.spinner;
    const name = spinner && typeof spinner === 'object' ? spinner.family : spinner;
    const description = aloneFamily ? state.restore.spinnerDescription
      : state.detect && state.detect.spinnerDescription;
    // a family that accounts for only part of the copy (another spinner's, a light spin, or none) is restored warily:
    // restore's reasons say so where its rate is under the server's bar
    const rate = state.restore && typeof state.restore.spinnerRate === 'number' ? state.restore.spinnerRate : 1;
    const partlyClause = /; spinner \S+ accounts for only part of it[^;]*/;
    const partly = state.restore && typeof state.restore.reasons === 'string'
      && partlyClause.test(state.restore.reasons);
    $('spinner-line').textContent = name && (spun || aloneFamily)
      ? (aloneFamily ? 'Spinner family of the paragraph' + (alone === 1 ? ' spun on its own: '
        : 's spun on their own: ') : 'Most likely spinner family: ') + name
        + (description ? ' (' + description + ')' : '')
        + (partly && state.restore.spinner === name ? '. It accounts for only part of this text ('
          + Math.round(100 * rate) + '% of what it would rewrite): another spinner\'s copy, a light spin, or the '
          + 'writer\'s own wording, so fewer and more cautious edits are made.' : '')
      : '';
    // acronyms whose words a spinner replaced ("customer cost index (CPI)"): each with its words that no longer fit
    // and the letter the acronym has for each, whether or not restoration found the original word
    const broken = state.detect && Array.isArray(state.detect.brokenAcronyms) ? state.detect.brokenAcronyms : [];
    $('acronym-line').hidden = broken.length === 0;
    $('acronym-line').textContent = broken.length === 0 ? '' : broken.length
      + (broken.length === 1 ? ' acronym its words no longer fit: ' : ' acronyms their words no longer fit: ')
      + broken.slice(0, 5).map(b => b.acronym + ' (' + (Array.isArray(b.misfits) ? b.misfits : [])
        .map(m => m.word + ': ' + m.letter).join(', ') + ')'
        + (pageAt(state.pageStarts, b.start) ? ' (page ' + pageAt(state.pageStarts, b.start) + ')' : ''))
        .join(', ') + (broken.length > 5 ? ', +' + (broken.length - 5) + ' more' : '');
    // a family that accounts for only part of the text is said on the spinner line above, not twice
    const reasons = state.detect && typeof state.detect.reasons === 'string'
      ? state.detect.reasons.replace(partlyClause, '') : '';
    // the numbers are log-odds against a typical clean text, which an editor reads as how much each weighs; they
    // stay in the line's tooltip for an analyst; a reason without them ("no words to judge") stands alone
    $('why-line').title = /[+-]\d/.test(reasons) ? 'In log-odds against a typical clean text: ' + reasons : '';
    $('why-line').textContent = (!reasons ? '' : 'Why: ' + weighed(reasons))
      + (spun && !notJudged && state.restore && edits().length === 0 && broken.length === 0
        ? (paragraphs().length > 1 && !paragraphs().some(p => p.spun)
          ? ' No span to show: none of its ' + paragraphs().length + ' paragraphs is called spun in its surroundings; '
            + 'the evidence is spread thinly over the whole.'
          : ' No span to show: what moved the verdict is not a substitution a spinner table names (least sure in a '
            + 'short text).')
        : '');
    // words hidden from duplicate checkers with zero-width characters or look-alike letters; shown with the hidden
    // characters as code points, since they look like the plain word
    const disguised = state.detect && Array.isArray(state.detect.disguised) ? state.detect.disguised : [];
    const words = disguised.filter(g => g.reading !== '');
    const hidden = disguised.filter(g => g.reading === '').reduce((n, g) => n + String(g.word).length, 0);
    $('disguise-line').hidden = disguised.length === 0;
    $('disguise-line').textContent = [
      words.length === 0 ? '' : words.length + ' disguised word' + (words.length === 1 ? '' : 's') + ' ('
        + [...new Set(words.flatMap(g => String(g.kind).split(' and ')))].sort().join(', ') + '): '
        + words.slice(0, 5).map(g => shown(String(g.word))).join(', ')
        + (words.length > 5 ? ', +' + (words.length - 5) + ' more' : ''),
      // each hidden character named once, not each run as written: a run is as long as its writer likes
      hidden === 0 ? '' : hidden + ' hidden character' + (hidden === 1 ? '' : 's') + ' between words (' + [...new Set(
        disguised.filter(g => g.reading === '').flatMap(g => [...String(g.word)].map(shown)))].sort().join(', ') + ')'
    ].filter(x => x).join('; ');
    $('edit-count').textContent = '(' + edits().length + ' suspicious span' + (edits().length === 1 ? '' : 's') + ')';
    // a text called spun and given back as written says why (restore's "unrestored": a short text is restored only
    // when surer), or "nothing to change" under a spun verdict reads like a failure
    const unrestored = state.restore && typeof state.restore.unrestored === 'string' ? state.restore.unrestored : '';
    $('restored-heading').textContent = edits().length ? 'Restored'
      : unrestored ? 'Restored (left as written)' : 'Restored (nothing to change)';
    $('unrestored-line').hidden = !unrestored;
    $('unrestored-line').textContent = unrestored
      ? unrestored.charAt(0).toUpperCase() + unrestored.slice(1) + '.' : '';
    // the PDF or Word file itself with the findings marked in it, while the text shown is still that file's
    $('download-annotated').hidden = !annotatable();
    renderTexts();
    renderSources();
  }

  // The sources the server's archive index found for the text (a restore answer's "trace"): the likeliest named,
  // then each passage of the text in a row beside the source's passage it was made from, the words the text changed
  // marked on both sides (title: what the other side has there). Hidden without an index or an answer.
  function renderSources() {
    const trace = state.restore && state.restore.trace;
    const sources = trace && Array.isArray(trace.sources) ? trace.sources : null;
    $('sources').hidden = !sources;
    // beside the verdict, which judges the wording alone: an editor read "does not look spun" at the top of a copy
    // the archive matched at 0.99, some 8,000 pixels further down
    const found = sources && sources.length > 0 ? sources[0] : null;
    $('archive-line').hidden = !found;
    $('archive-line').textContent = !found ? '' : 'Found in the archive: ' + found.source + ' (score '
      + found.score.toFixed(2) + '). Whatever the verdict on its wording, this text may be a copy of it: see '
      + '"Found in the archive" below.';
    if (!sources) {
      return;
    }
    const view = $('sources-view');
    view.textContent = '';
    if (sources.length === 0) {
      $('sources-line').textContent = 'No source found in the server\'s archive index.';
      return;
    }
    const top = sources[0];
    $('sources-line').textContent = 'Likeliest source: ' + top.source + ' (score ' + top.score.toFixed(3)
      + ', containment ' + top.containment.toFixed(3) + ')' + (sources.length > 1 ? '; also ' + sources.slice(1)
        .map(m => m.source + ' (' + m.score.toFixed(3) + ')').join(', ') : '') + '.';
    // every passage of the likeliest source, then the others' where they cover other parts of the text
    const placed = [];
    sources.forEach(m => (m.passages || []).forEach(p => {
      if (!placed.some(o => p.document_start < o.p.document_end && o.p.document_start < p.document_end)) {
        placed.push({ m: m, p: p });
      }
    }));
    placed.sort((a, b) => a.p.document_start - b.p.document_start);
    placed.forEach(({ m, p }) => {
      const row = document.createElement('div');
      row.className = 'source-row';
      const mine = document.createElement('div');
      mine.className = 'text-view';
      const theirs = document.createElement('div');
      theirs.className = 'text-view';
      const where = document.createElement('div');
      where.className = 'muted source-where';
      where.textContent = 'from ' + m.source + ' · similarity ' + p.similarity.toFixed(2)
        + (typeof p.changed_words === 'number' ? ' · ' + p.changed_words + ' of ' + p.words + ' tokens changed' : '');
      theirs.appendChild(where);
      const changes = Array.isArray(p.changes) ? p.changes : [];
      const titles = { swap: ['the source has: ', 'your text has: '], added: ['added; the source has: ',
        'your text adds words here: '], 'left out': ['words left out here: ', 'left out; your text has: '],
      unaligned: ['moved, added or rewritten', 'moved, added or rewritten'] };
      const marked = (parent, text, offset, pick) => {
        let at = 0;
        changes.map(pick).filter(c => c.start >= 0).sort((a, b) => a.start - b.start).forEach(c => {
          const from = c.start - offset;
          const to = c.end - offset;
          if (from < at || to > text.length || to <= from) {
            return;
          }
          parent.appendChild(document.createTextNode(text.slice(at, from)));
          const mark = document.createElement('mark');
          mark.className = 'trace-' + c.kind.replace(' ', '-') + c.side;
          mark.title = c.title;
          mark.textContent = text.slice(from, to);
          // what the hover says, for the keyboard and a screen reader too: Tab reaches each change
          mark.tabIndex = 0;
          mark.setAttribute('aria-label', text.slice(from, to) + ': ' + c.title);
          parent.appendChild(mark);
          at = to;
        });
        parent.appendChild(document.createTextNode(text.slice(at)));
      };
      const oneLine = (t) => String(t).replace(/\s+/g, ' ');
      marked(mine, state.input.slice(p.document_start, p.document_end), p.document_start, c => ({ start:
        c.document_start, end: c.document_end, kind: c.kind, side: '', title: c.kind === 'unaligned'
        ? titles.unaligned[0] : titles[c.kind][0] + oneLine(c.source_text) }));
      if (typeof p.source_passage === 'string') {
        marked(theirs, p.source_passage, p.source_start, c => ({ start: c.source_start, end: c.source_end,
          kind: c.kind, side: ' source', title: c.kind === 'unaligned' ? titles.unaligned[1]
            : titles[c.kind][1] + oneLine(c.document_text) }));
      } else {
        theirs.appendChild(document.createTextNode('(the index does not hold the source\'s text)'));
      }
      row.appendChild(mine);
      row.appendChild(theirs);
      view.appendChild(row);
    });
  }

  // Walks the input in order: gap(from, to) for the input's text between edits (and after the last), edit(e, i) for
  // each edit; an edit that overlaps an earlier one is left out.
  function walkEdits(gap, edit) {
    let at = 0;
    edits().forEach((e, i) => {
      if (e.start < at) {
        return;
      }
      gap(at, e.start);
      edit(e, i);
      at = e.end;
    });
    gap(at, state.input.length);
  }

  // the detector's paragraphs (offsets into the input), in order; none when the answer has none
  function paragraphs() {
    const ps = state.detect && Array.isArray(state.detect.paragraphs) ? state.detect.paragraphs : [];
    return ps.filter(p => typeof p.start === 'number' && typeof p.end === 'number' && p.end > p.start)
      .sort((a, b) => a.start - b.start);
  }

  // Writes the spun view left to right: inside a paragraph into its block (a bar beside it, red when the paragraph
  // is called spun, and its probability), between paragraphs into the view, where line breaks alone are left out
  // (the blocks' margins show them).
  function paragraphWriter(view) {
    const paras = paragraphs();
    let k = 0;
    let block = null;
    function at(pos) {
      while (k < paras.length && paras[k].end <= pos) {
        k++;
        block = null;
      }
      if (k < paras.length && paras[k].start <= pos) {
        if (!block) {
          const p = paras[k];
          const prob = typeof p.spunProbability === 'number' ? p.spunProbability : 0;
          block = document.createElement('div');
          const unjudged = typeof p.notJudged === 'string';
          // a paragraph not called spun in its text that looks spun on its own (a farm copy that spun some paragraphs
          // of an article and kept the rest): marked apart, with both probabilities
          const alone = !p.spun && p.spunAlone === true;
          block.className = 'para' + (p.spun ? ' spun' : '') + (alone ? ' alone' : '') + (unjudged ? ' unjudged' : '');
          // why it was not judged, shown beside it as its probability would be (the title alone needs a mouse)
          block.dataset.p = unjudged ? (p.notJudged.includes('not judged') ? p.notJudged : 'not judged: ' + p.notJudged)
            : alone ? pct(prob) + ' · alone ' + pct(p.aloneProbability) : pct(prob);
          block.title = 'This paragraph ' + (unjudged ? 'was not judged: ' + p.notJudged
            : alone ? 'does not look spun in its text (P(spun) ' + pct(prob) + ') but does on its own ('
              + pct(p.aloneProbability) + '): a copy may have spun only some paragraphs'
            : (p.spun ? 'looks spun' : 'does not look spun') + ': P(spun) ' + pct(prob));
          block.setAttribute('role', 'group');
          block.setAttribute('dir', 'auto'); // an Arabic or Hebrew paragraph reads right to left
          view.appendChild(block);
        }
        return { node: block, until: paras[k].end };
      }
      return { node: view, until: k < paras.length ? paras[k].start : Infinity };
    }
    return {
      text(from, to) {
        while (from < to) {
          const c = at(from);
          const end = Math.min(to, c.until);
          const s = state.input.slice(from, end);
          if (c.node !== view || paras.length === 0 || s.trim()) {
            c.node.appendChild(document.createTextNode(s));
          }
          from = end;
        }
      },
      node(pos, el) {
        at(pos).node.appendChild(el);
      }
    };
  }

  function renderSpun() {
    const view = $('spun-view');
    view.textContent = '';
    const out = paragraphWriter(view);
    const shownAt = [];
    walkEdits((from, to) => out.text(from, to), (e, i) => {
      const mark = document.createElement('mark');
      mark.className = 'edit ' + confClass(e.confidence || 0) + (state.accepted[i] ? '' : ' rejected')
        + (e.origin === 'phrase_list' ? ' listed' : '');
      mark.dataset.index = String(i);
      mark.textContent = state.input.slice(e.start, e.end);
      // "likely": an edit is the model's guess at the original, which a report had printed as fact
      mark.title = onPage(e.start) + 'likely original: ' + replacementOf(e) + ' (' + pct(e.confidence || 0) + ')';
      // a button to assistive technology, named with all a sighted reader gets from its colour and its note
      mark.setAttribute('role', 'button');
      mark.setAttribute('aria-haspopup', 'dialog');
      mark.setAttribute('aria-expanded', 'false');
      mark.setAttribute('aria-label', mark.textContent + ': suspected substitution, '
        + (e.origin === 'phrase_list' ? 'a phrase your list names, ' : '') + onPage(e.start)
        + 'likely original ' + replacementOf(e) + ', ' + pct(e.confidence || 0) + ' sure, '
        + (state.accepted[i] ? 'accepted' : 'rejected'));
      mark.tabIndex = -1;
      shownAt.push(mark);
      out.node(e.start, mark);
    });
    // one tab stop for all the highlights (the one last used, else the first); the arrow keys move between them
    const stop = shownAt.find(m => Number(m.dataset.index) === state.tabStop) || shownAt[0];
    if (stop) {
      stop.tabIndex = 0;
    }
  }

  // both texts, each paragraph level with its restoration
  function renderTexts() {
    renderSpun();
    renderRestored();
    levelPanes();
  }

  // Side by side, the two views start level and each pair of paragraph blocks is as tall as the taller of the two: the
  // restored view had started below its "Accept edits from" line and each restoration changed its paragraph's
  // height, so that in a long text paragraph 32 stood beside paragraph 30. One above the other (a narrow window),
  // each block is as tall as its own text. All heights are read before any is set: one layout, however long the text.
  function levelPanes() {
    const a = $('spun-view');
    const b = $('restored-view');
    const pa = Array.from(a.querySelectorAll(':scope > .para'));
    const pb = Array.from(b.querySelectorAll(':scope > .para'));
    a.style.marginTop = '';
    b.style.marginTop = '';
    pa.concat(pb).forEach(p => { p.style.minHeight = ''; });
    if ($('panes').hidden) {
      return;
    }
    const ra = a.getBoundingClientRect();
    const rb = b.getBoundingClientRect();
    if (ra.right > rb.left) { // not side by side
      return;
    }
    const heights = pa.length === pb.length
      ? pa.map((p, k) => Math.max(p.getBoundingClientRect().height, pb[k].getBoundingClientRect().height)) : [];
    // the lower view's top as the other's (its margin joins the heading's above it: measured again, once)
    const lower = rb.top > ra.top ? b : a;
    const upper = lower === a ? b : a;
    let margin = Math.abs(rb.top - ra.top);
    for (let tries = 0; tries < 2 && margin > 0; tries++) {
      upper.style.marginTop = margin + 'px';
      margin += lower.getBoundingClientRect().top - upper.getBoundingClientRect().top;
    }
    heights.forEach((h, k) => { pa[k].style.minHeight = pb[k].style.minHeight = h + 'px'; });
  }

  // the highlight of edit i in the spun view, or null
  function markOf(i) {
    return $('spun-view').querySelector('mark.edit[data-index="' + i + '"]');
  }

  function hidePopover() {
    $('popover').hidden = true;
    if (state.popoverMark) {
      state.popoverMark.setAttribute('aria-expanded', 'false');
    }
  }

  // the highlight before or after the focused one (arrow keys), or the first or last (Home, End)
  function moveAmongMarks(mark, key) {
    const marks = Array.from($('spun-view').querySelectorAll('mark.edit'));
    const i = marks.indexOf(mark);
    const next = key === 'Home' ? 0 : key === 'End' ? marks.length - 1
      : key === 'ArrowRight' || key === 'ArrowDown' ? Math.min(marks.length - 1, i + 1) : Math.max(0, i - 1);
    marks.forEach((m, k) => { m.tabIndex = k === next ? 0 : -1; });
    state.tabStop = Number(marks[next].dataset.index);
    hidePopover();
    marks[next].focus();
  }

  function restoredText() {
    let out = '';
    walkEdits((from, to) => { out += state.input.slice(from, to); }, (e, i) => {
      out += state.accepted[i] ? replacementOf(e) : state.input.slice(e.start, e.end);
    });
    return out;
  }

  // in the same paragraph blocks as the text beside it, so that the two panes stay level and each paragraph takes
  // its own direction
  function renderRestored() {
    const view = $('restored-view');
    view.textContent = '';
    const out = paragraphWriter(view);
    walkEdits((from, to) => out.text(from, to), (e, i) => {
      if (state.accepted[i]) {
        const ins = document.createElement('ins');
        ins.className = 'change';
        ins.dataset.index = String(i);
        ins.textContent = replacementOf(e);
        ins.title = 'was: ' + spunOf(e);
        out.node(e.start, ins);
      } else {
        out.text(e.start, e.end);
      }
    });
  }

  // where an edit's candidate came from, in words (the JSON's "why")
  function whyOf(e) {
    return typeof e.why === 'string' ? e.why : '';
  }

  function showPopover(mark) {
    const i = Number(mark.dataset.index);
    const e = edits()[i];
    const pop = $('popover');
    hidePopover();
    pop.textContent = '';
    const head = document.createElement('div');
    head.id = 'popover-title';
    head.appendChild(document.createTextNode('Likely original: '));
    const b = document.createElement('span');
    b.className = 'orig';
    b.textContent = replacementOf(e);
    head.appendChild(b);
    head.appendChild(document.createTextNode(' (' + pct(e.confidence || 0) + ')'));
    pop.appendChild(head);
    // what the dialog's button is about, read with it: where, why, the alternatives
    const details = document.createElement('div');
    details.id = 'popover-details';
    pop.appendChild(details);
    const page = pageAt(state.pageStarts, e.start);
    if (page) {
      const where = document.createElement('div');
      where.className = 'page';
      where.textContent = 'On page ' + page + ' of the PDF';
      details.appendChild(where);
    }
    const why = whyOf(e);
    if (why) {
      const w = document.createElement('div');
      w.className = 'why';
      w.textContent = 'Why: ' + why;
      details.appendChild(w);
    }
    // an edit the masked LM (--neural) re-decided: what the n-gram model alone had given it
    if (e.neural && typeof e.neural.ngramConfidence === 'number') {
      const w = document.createElement('div');
      w.className = 'neural';
      w.textContent = 'Re-weighed by the masked LM: the n-gram model alone '
        + (e.neural.ngramOriginal === e.original ? '' : 'read "' + e.neural.ngramOriginal + '" at ')
        + pct(e.neural.ngramConfidence);
      details.appendChild(w);
    }
    const alts = alternativesOf(e);
    if (alts.length) {
      const ul = document.createElement('ul');
      alts.forEach((a) => {
        const li = document.createElement('li');
        li.textContent = alternativeText(a);
        ul.appendChild(li);
      });
      details.appendChild(document.createTextNode('Alternatives:'));
      details.appendChild(ul);
    }
    const actions = document.createElement('div');
    actions.className = 'actions';
    const btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'toggle-edit';
    btn.textContent = state.accepted[i] ? 'Reject this edit' : 'Accept this edit';
    btn.addEventListener('click', () => {
      state.accepted[i] = !state.accepted[i];
      hidePopover();
      state.tabStop = i;
      renderTexts();
      // the keyboard is back on the highlight it left, and the change is said
      const again = markOf(i);
      if (again) {
        again.focus();
      }
      $('status').textContent = state.accepted[i]
        ? 'Accepted: ' + replacementOf(e) + ' for ' + spunOf(e) + '.'
        : 'Rejected: kept ' + spunOf(e) + '.';
    });
    actions.appendChild(btn);
    pop.appendChild(actions);
    const r = mark.getBoundingClientRect();
    pop.style.top = (window.scrollY + r.bottom + 6) + 'px';
    pop.style.left = '0px';
    pop.hidden = false;
    // within the window, a phone's too: moved left where the highlight is near the right edge
    const room = document.documentElement.clientWidth - pop.offsetWidth - 4;
    pop.style.left = (window.scrollX + Math.max(4, Math.min(r.left, room))) + 'px';
    state.popoverMark = mark;
    mark.setAttribute('aria-expanded', 'true');
  }

  // Opens a highlight's note and puts the keyboard in it (Enter, Space, or a click, which is what a screen reader's
  // browse mode sends for Enter)
  function openPopover(mark) {
    showPopover(mark);
    state.tabStop = Number(mark.dataset.index);
    const first = $('popover').querySelector('button, [tabindex]');
    if (first) {
      first.focus();
    }
  }

  // the note closed, the keyboard back on its highlight
  function closePopover() {
    hidePopover();
    if (state.popoverMark && document.contains(state.popoverMark)) {
      state.popoverMark.focus();
    }
  }

  function download(name, type, content) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([content], { type: type }));
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 0);
  }

  function annotatable() {
    return !!(state.loaded && state.loaded.file && state.loaded.text === state.input);
  }

  // the file as the server annotates it (POST /v1/annotate): a PDF's spans highlighted where they are printed, a Word
  // or OpenDocument file's commented, each with its note
  async function annotatedCopy() {
    const file = state.loaded.file;
    const type = documentType(file);
    $('status').textContent = 'Marking ' + file.name + '…';
    try {
      const res = await fetch('v1/annotate', { method: 'POST', headers: { 'Content-Type': type }, body: file });
      if (!res.ok) { // said as the page's other requests say it: a proxy's 502 or 504 in words
        throw problem(res, await res.json().catch(() => ({})), 'the file');
      }
      const ending = type === 'application/pdf' ? '.pdf' : type === ANNOTATED[1] ? '.docx' : '.odt';
      download(file.name.replace(/\.(pdf|docx|odt)$/i, '') + '.unspin' + ending, type, await res.blob());
      $('status').textContent = '';
    } catch (err) {
      $('status').textContent = 'Failed: ' + failure(err, file);
    }
  }

  function report() {
    return { input: state.input, pageStarts: state.pageStarts, detect: state.detect, restore: state.restore,
      accepted: state.accepted, restoredText: restoredText() };
  }

  // The name the text came under: the file opened (or the batch row), else "pasted text"
  function sourceName() {
    return state.loaded && state.loaded.name && state.loaded.text === state.input ? state.loaded.name : 'pasted text';
  }

  // The report downloaded for an editor-in-chief: what was judged (its name, and when), the verdict in words with
  // its reasons and the archive's match, the text with each edit marked by how
  // sure it is and its original written after it, the restored text beside it, and a table of the edits that prints
  // (colours kept in print). An editor's trial had a bare "Spun probability: 31%" above one colour of marks.
  function htmlReport() {
    const esc = (s) => String(s).replace(/[&<>"]/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
    const rows = [];
    const shown = []; // the edits the views show (none that overlaps an earlier one), in order
    walkEdits(() => {}, (e, i) => shown.push(i));
    shown.forEach(i => {
      const e = edits()[i];
      // "accepted", not "kept": the report had said "kept" for an edit made, which reads as the spun word kept
      rows.push('<tr><td>' + esc(state.input.slice(e.start, e.end)) + '</td><td>' + esc(replacementOf(e))
        + '</td><td>' + pct(e.confidence || 0) + '</td><td>' + (state.accepted[i] ? 'accepted' : 'rejected')
        + '</td><td>' + esc(alternativesOf(e).map(alternativeText).join('; ')) + '</td><td>' + esc(whyOf(e))
        + '</td></tr>');
    });
    // A row per paragraph, its restoration beside it, so that the two stay level however much the notes after the
    // spans lengthen one side (the two texts had been two columns, a long text's paragraphs drifting apart); a row
    // ends where the next paragraph starts, unless an edit runs across.
    const cuts = [...new Set(paragraphs().map(p => p.start))].filter(c => c > 0 && c < state.input.length
      && !shown.some(i => edits()[i].start < c && c < edits()[i].end));
    const bounds = [0].concat(cuts, [state.input.length]);
    let texts = '';
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k];
      const to = bounds[k + 1];
      const inRow = shown.filter(i => edits()[i].start >= from && edits()[i].end <= to);
      let spun = '';
      let restored = '';
      let at = from;
      inRow.forEach(i => {
        const e = edits()[i];
        const between = esc(state.input.slice(at, e.start));
        const written = esc(state.input.slice(e.start, e.end));
        const original = esc(replacementOf(e));
        // the original written out after the span, not only in a tooltip: a printout and a screen reader get it too
        spun += between + '<mark class="' + confClass(e.confidence || 0) + '" title="' + esc(onPage(e.start))
          + 'likely original: ' + original + '">' + written + '</mark><small> (' + esc(onPage(e.start))
          + 'likely original: ' + original + ', ' + pct(e.confidence || 0) + (state.accepted[i] ? '' : ', rejected')
          + ')</small>';
        restored += between + (state.accepted[i] ? '<ins title="was: ' + written + '">' + original + '</ins>'
          : written);
        at = e.end;
      });
      const rest = esc(state.input.slice(at, to).replace(/\s+$/, ''));
      texts += '<div class="row"><div class="t">' + spun + rest + '</div><div class="t">' + restored + rest
        + '</div></div>';
    }
    const p = state.detect ? state.detect.spunProbability : 0;
    const line = (id) => ($(id) && !$(id).hidden && $(id).textContent ? '<p>' + esc($(id).textContent) + '</p>' : '');
    return '<!DOCTYPE html><html lang="en"><meta charset="utf-8">'
      + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>unspin report: '
      + esc(sourceName()) + '</title>'
      + '<style>body{font:16px/1.5 system-ui,sans-serif;max-width:1100px;margin:auto;padding:16px}'
      + '*{-webkit-print-color-adjust:exact;print-color-adjust:exact}'
      + '.row{display:grid;grid-template-columns:1fr 1fr;gap:16px;margin-bottom:8px}'
      + 'div.t{white-space:pre-wrap;overflow-wrap:anywhere;min-width:0;border:1px solid #ccc;padding:8px}'
      + 'small{color:#555}ins{background:#c9f0cf;text-decoration:underline #2e7d32}'
      + 'mark.conf-high{background:#f4a3a3;border-bottom:2px solid #b00}'
      + 'mark.conf-mid{background:#f7d38a;border-bottom:2px dashed #a60}'
      + 'mark.conf-low{background:#eee;border-bottom:2px dotted #666}'
      + 'table{border-collapse:collapse;margin-top:16px}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}'
      + '.m{color:#555}</style><main><h1>unspin report: ' + esc(sourceName()) + '</h1>'
      + '<p class="m">Made ' + esc(new Date().toISOString().replace('T', ' ').slice(0, 19)) + ' UTC by unspin\'s web '
      + 'page.</p><p><strong>' + esc($('verdict-line').textContent || '') + '</strong> Spun probability: ' + pct(p)
      + '.</p>' + line('spinner-line') + line('why-line') + line('archive-line')
      + '<p class="m">Marks: <mark class="conf-high">high</mark> <mark class="conf-mid">medium</mark> '
      + '<mark class="conf-low">low</mark> confidence that the original read otherwise; each is followed by its '
      + 'likely original, and each paragraph stands beside its restoration, the edits accepted in '
      + '<ins>green</ins>.</p>'
      + '<div class="row"><h2>As written</h2><h2>Restored</h2></div>' + texts
      + (rows.length === 0 ? '' : '<table><tr><th>as written</th><th>likely original</th><th>confidence</th>'
        + '<th>edit</th><th>alternatives</th><th>why</th></tr>' + rows.join('') + '</table>')
      + '</main></html>';
  }

  // The name of the report downloaded: the text's own, where it came from a file
  function reportName() {
    const name = sourceName();
    return name === 'pasted text' ? 'unspin-report.html'
      : name.replace(/\.[A-Za-z0-9]{1,5}$/, '') + '.unspin-report.html';
  }

  // PDF, HTML, Word, OpenDocument, LaTeX and JATS XML files are turned into text by the server (POST /v1/text); the
  // text is what the page then sends. Each media type with its file-name endings, in the order they are tried.
  const DOCUMENT_TYPES = [
    ['application/pdf', ['.pdf']],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', ['.docx']],
    ['application/vnd.oasis.opendocument.text', ['.odt']],
    ['text/html', ['.html', '.htm']],
    ['application/x-tex', ['.tex']],
    ['application/jats+xml', ['.nxml', '.xml']]
  ];

  // the files the server returns with the findings marked in them (POST /v1/annotate)
  const ANNOTATED = ['application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.oasis.opendocument.text'];

  function documentType(file) {
    const name = (file.name || '').toLowerCase();
    for (const [type, endings] of DOCUMENT_TYPES) {
      if (file.type === type || endings.some(e => name.endsWith(e))) {
        return type;
      }
    }
    return null;
  }

  // Several files are screened: each is read (the server turns documents into text) and detected, one at a time and
  // in order, and listed with its verdict; a file that cannot be read gets a row with its error, so N files give N
  // rows. Opening a row shows that file in the views below, as if it had been opened alone.
  const batch = { rows: [], generation: 0 };

  // a text file's text: UTF-8, or UTF-16 after a byte-order mark, as the command line reads it; a file in another
  // encoding (Latin-1, Windows-1252) or not text at all (an image) is refused, not shown with replacement characters
  async function plainText(file) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes[0] === 0xFF && bytes[1] === 0xFE) {
      return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    }
    if (bytes[0] === 0xFE && bytes[1] === 0xFF) {
      return new TextDecoder('utf-16be').decode(bytes.subarray(2));
    }
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (e) {
      // said to an editor, not to a shell: the command line's message names iconv
      throw new Error(file.name + ' is not UTF-8 text: open it in a text editor, save it as "UTF-8" (or "Unicode '
        + 'UTF-8"), and open it again; if it is not a text file, open the document it came from instead');
    }
    if (text.includes('\u0000')) {
      throw new Error(file.name + ' is not a text file');
    }
    return text;
  }

  // a file's text and, for a PDF, where its pages start in it: { text, pageStarts }
  async function documentOf(file) {
    const type = documentType(file);
    if (!type) {
      return { text: await plainText(file), pageStarts: [] };
    }
    const answer = await send('v1/text', type, file);
    return { text: answer.text, pageStarts: Array.isArray(answer.pageStarts) ? answer.pageStarts : [],
      file: ANNOTATED.includes(type) ? file : null };
  }

  async function screen(files) {
    const generation = ++batch.generation; // files dropped later replace these; this loop then stops
    batch.rows = files.map(f => ({ name: f.name, text: null, pageStarts: [], detect: null, error: null }));
    $('batch').hidden = false;
    renderBatch();
    for (let i = 0; i < files.length; i++) {
      $('status').textContent = 'Screening ' + (i + 1) + ' of ' + files.length + '…';
      const row = batch.rows[i];
      try {
        const doc = await documentOf(files[i]);
        row.text = doc.text;
        row.pageStarts = doc.pageStarts;
        row.file = doc.file;
        row.detect = await post('v1/detect', row.text);
      } catch (err) {
        row.error = err.message;
      }
      if (generation !== batch.generation) {
        return;
      }
      renderBatch();
    }
    $('status').textContent = 'Screened ' + files.length + ' file' + (files.length === 1 ? '' : 's') + ' '
      + $('batch-count').textContent + '.';
  }

  function spansOf(d) {
    return d && Array.isArray(d.spans) ? d.spans : [];
  }

  function renderBatch() {
    const body = $('batch-rows');
    body.textContent = '';
    batch.rows.forEach((row, i) => {
      const d = row.detect;
      const tr = document.createElement('tr');
      tr.className = row.error ? 'failed' : d ? (d.spun ? 'spun' : 'clean') : 'pending';
      const name = document.createElement('td');
      name.appendChild(document.createTextNode(row.name + ' '));
      if (d) {
        const open = document.createElement('button');
        open.type = 'button';
        open.className = 'open-row';
        open.dataset.index = String(i);
        open.textContent = 'open';
        open.setAttribute('aria-label', 'open ' + row.name);
        name.appendChild(open);
      }
      tr.appendChild(name);
      const alone = aloneCount(d);
      const cells = row.error ? ['could not be read: ' + row.error, '', '', '', '']
        : !d ? ['…', '', '', '', '']
        : [typeof d.notJudged === 'string' ? 'not judged' : d.spun ? 'spun' : !alone ? 'not spun'
          : 'not spun (' + alone + ' paragraph' + (alone === 1 ? '' : 's') + ' spun alone)',
          typeof d.spunProbability === 'number' && typeof d.notJudged !== 'string' ? pct(d.spunProbability) : '',
          d.spun && d.spinner ? String(d.spinner) : '', String(spansOf(d).length),
          typeof d.reasons === 'string' ? d.reasons : ''];
      cells.forEach(c => {
        const td = document.createElement('td');
        td.textContent = c;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    const done = batch.rows.filter(r => r.detect);
    const failed = batch.rows.filter(r => r.error).length;
    $('batch-count').textContent = '(' + done.filter(r => r.detect.spun).length + ' of ' + done.length
      + ' look spun' + (failed ? ', ' + failed + ' could not be read' : '')
      + (done.length + failed < batch.rows.length ? ', ' + (batch.rows.length - done.length - failed) + ' to go' : '')
      + ')';
  }

  function openRow(i) {
    const row = batch.rows[i];
    state.loaded = { text: row.text, pageStarts: row.pageStarts, file: row.file || null, name: row.name };
    $('input-text').value = row.text;
    // the keyboard goes to the verdict when it is shown, below the table (else it would stay on the row's button)
    run().then(() => {
      if (!$('verdict').hidden) {
        $('verdict-heading').focus();
      }
    });
  }

  // The CSV of `unspin detect --format csv` (docs/formats/restore-detect-json.md): the same columns and quoting, and
  // cells a spreadsheet would run as formulas defused, since file names and spun text are written by others.
  function csvCell(s) {
    let v = s === null || s === undefined ? '' : String(s);
    if (/^[=+\-@\t\r]/.test(v) && v !== '-') {
      v = "'" + v;
    }
    return /[",\n\r]|^ | $/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }

  // the highest probability alone among the judged paragraphs, as the CSV of `unspin detect` writes it
  function maxAlone(paragraphs) {
    const alone = paragraphs.filter(p => p && typeof p.notJudged !== 'string' && typeof p.aloneProbability === 'number')
      .map(p => p.aloneProbability);
    return alone.length ? Math.max(...alone).toFixed(4) : '';
  }

  function batchCsv() {
    const lines = ['file,id,spun,spun_probability,spinner,paragraphs,spun_paragraphs,spans,listed_phrases,examples,'
      + 'reasons,error,disguised,spun_alone_paragraphs,max_alone_probability,spinner_rate,broken_acronyms'];
    batch.rows.forEach(row => {
      const d = row.detect;
      if (!d) {
        lines.push([csvCell(row.name), '', '', '', '', '', '', '', '', '', '', csvCell(row.error || 'not screened'),
          '', '', '', '', ''].join(','));
        return;
      }
      const spans = spansOf(d);
      const paragraphs = Array.isArray(d.paragraphs) ? d.paragraphs : [];
      const surest = spans.slice().sort((a, b) => (b.confidence || 0) - (a.confidence || 0)).slice(0, 5)
        .sort((a, b) => a.start - b.start);
      let examples = surest.map(e => (e.spun !== undefined ? e.spun : row.text.slice(e.start, e.end)) + ' -> '
        + replacementOf(e) + (row.pageStarts.length ? ' (p. ' + pageAt(row.pageStarts, e.start) + ')' : ''))
        .join('; ');
      if (spans.length > 5) {
        examples += '; +' + (spans.length - 5) + ' more';
      }
      lines.push([csvCell(row.name), '', String(!!d.spun),
        typeof d.spunProbability === 'number' ? d.spunProbability.toFixed(4) : '', csvCell(d.spinner),
        String(paragraphs.length), String(paragraphs.filter(p => p.spun).length), String(spans.length),
        String(spans.filter(e => e.origin === 'phrase_list').length), csvCell(examples), csvCell(d.reasons), '',
        String(Array.isArray(d.disguised) ? d.disguised.length : 0), String(aloneCount(d)), maxAlone(paragraphs),
        typeof d.spinnerRate === 'number' ? d.spinnerRate.toFixed(3) : '',
        String(Array.isArray(d.brokenAcronyms) ? d.brokenAcronyms.length : 0)]
        .join(','));
    });
    return lines.join('\n') + '\n';
  }

  function loadFiles(list) {
    const files = Array.from(list || []);
    if (files.length > 1) {
      screen(files);
    } else {
      loadFile(files[0]);
    }
  }

  async function loadFile(file) {
    if (!file) {
      return;
    }
    const mine = ++runs; // a run still working on the text there before is not this file's
    clearResults();
    setWorking(false);
    $('status').textContent = 'Reading ' + file.name + '…';
    try {
      const loaded = await documentOf(file);
      if (mine !== runs) {
        return;
      }
      state.loaded = loaded;
      state.loaded.name = file.name;
      $('input-text').value = state.loaded.text;
    } catch (err) {
      if (mine === runs) {
        $('status').textContent = 'Failed: ' + failure(err);
      }
      return;
    }
    run();
  }

  document.addEventListener('DOMContentLoaded', () => {
    // the paragraphs levelled again for a window of another width, and for the printed page's
    let levelling = 0;
    window.addEventListener('resize', () => {
      cancelAnimationFrame(levelling);
      levelling = requestAnimationFrame(levelPanes);
    });
    window.matchMedia('print').addEventListener('change', levelPanes);
    // whether the server has an archive index to look texts up in (serve --index): then restore asks for sources
    fetch('v1/health').then(r => r.json())
      .then(h => { state.canTrace = !!(h && h.service && h.service.trace === true); })
      .catch(() => { state.canTrace = false; });
    $('restore-button').addEventListener('click', () => {
      if (!working()) {
        run();
      }
    });
    $('file-input').addEventListener('change', (ev) => loadFiles(ev.target.files));
    const zone = $('drop-zone');
    zone.addEventListener('dragover', (ev) => { ev.preventDefault(); zone.classList.add('dragging'); });
    zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
    zone.addEventListener('drop', (ev) => {
      ev.preventDefault();
      zone.classList.remove('dragging');
      loadFiles(ev.dataTransfer.files);
    });
    $('spun-view').addEventListener('click', (ev) => {
      const mark = ev.target.closest('mark.edit');
      if (mark) {
        openPopover(mark);
      }
    });
    // a highlight is a button to the keyboard: Enter or Space opens its note, Escape closes it
    $('spun-view').addEventListener('keydown', (ev) => {
      const mark = ev.target.closest('mark.edit');
      if (mark && ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End'].includes(ev.key)) {
        ev.preventDefault();
        moveAmongMarks(mark, ev.key);
        return;
      }
      if (mark && (ev.key === 'Enter' || ev.key === ' ')) {
        ev.preventDefault();
        openPopover(mark);
      }
    });
    document.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && !$('popover').hidden) {
        closePopover();
      }
    });
    // Tab out of the note closes it where it was opened, rather than leaving it open behind the page's end
    $('popover').addEventListener('keydown', (ev) => {
      if (ev.key === 'Tab') {
        ev.preventDefault();
        closePopover();
      }
    });
    // an edited text is no longer the one judged, nor the one being judged: that answer will be dropped
    $('input-text').addEventListener('input', () => {
      const value = $('input-text').value;
      if (working() ? value !== state.pending : state.detect && value !== state.input) {
        runs++;
        clearResults();
        setWorking(false);
        $('status').textContent = 'The text has changed: press Restore to judge it.';
      }
    });
    $('spun-view').addEventListener('mouseover', (ev) => {
      const mark = ev.target.closest('mark.edit');
      if (mark) {
        showPopover(mark);
      }
    });
    document.addEventListener('click', (ev) => {
      if (!ev.target.closest('#popover') && !ev.target.closest('mark.edit')) {
        hidePopover();
      }
    });
    $('copy-button').addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(restoredText());
        $('status').textContent = 'Copied.';
      } catch (e) {
        $('status').textContent = 'Copy failed: ' + e.message;
      }
    });
    $('download-text').addEventListener('click', () => download('restored.txt', 'text/plain', restoredText()));
    $('download-json').addEventListener('click',
      () => download('unspin-report.json', 'application/json', JSON.stringify(report(), null, 2)));
    $('download-html').addEventListener('click', () => download(reportName(), 'text/html', htmlReport()));
    $('download-annotated').addEventListener('click', annotatedCopy);
    $('batch-rows').addEventListener('click', (ev) => {
      const open = ev.target.closest('button.open-row');
      if (open) {
        openRow(Number(open.dataset.index));
      }
    });
    $('download-csv').addEventListener('click', () => download('unspin-screening.csv', 'text/csv', batchCsv()));
    // accepting edits from a confidence resets the choices made one by one, for this text and those to come
    $('min-confidence').addEventListener('change', () => {
      state.accepted = acceptedFrom(minConfidence());
      renderTexts();
      $('status').textContent = state.accepted.filter(a => a).length + ' of ' + state.accepted.length
        + ' edits accepted.';
    });
  });
})();
