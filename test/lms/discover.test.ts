import { describe, expect, it } from 'vitest';
import { findScormApi } from '../../src/lms/discover.ts';
import { strictScorm12, strictScorm2004 } from './strict-checker.ts';

// Window graphs as plain objects; real frames and windows are covered by test/browser/lms.test.ts.
type Win = { parent?: Win; opener?: Win | null; API?: unknown; API_1484_11?: unknown };

function frame(parent?: Win): Win {
  const win: Win = {};
  win.parent = parent ?? win;
  return win;
}

/** A frame from another origin: any property read throws, as browsers do. */
function crossOrigin(): Win {
  return new Proxy(
    {},
    {
      get() {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    },
  ) as Win;
}

describe('finding the LMS API', () => {
  it('finds the 2004 API in a grandparent frame, and the 1.2 API when that is all there is', () => {
    const top = frame();
    top.API_1484_11 = strictScorm2004().api;
    const sco = frame(frame(top));
    expect(findScormApi(sco)?.version).toBe('2004');
    const top12 = frame();
    top12.API = strictScorm12().api;
    expect(findScormApi(frame(top12))?.version).toBe('1.2');
    expect(findScormApi(frame(frame()))).toBeNull();
  });

  it('looks for the package’s own version first', () => {
    const top = frame();
    top.API = strictScorm12().api;
    top.API_1484_11 = strictScorm2004().api;
    expect(findScormApi(frame(top), ['1.2', '2004'])?.version).toBe('1.2');
    expect(findScormApi(frame(top), ['2004', '1.2'])?.version).toBe('2004');
  });

  it('looks in the window that opened this one, and its parents', () => {
    const lmsTop = frame();
    lmsTop.API = strictScorm12().api;
    const popup = frame();
    popup.opener = frame(lmsTop);
    expect(findScormApi(popup)?.version).toBe('1.2');
  });

  it('steps past frames from other origins without throwing', () => {
    const popup = frame(crossOrigin());
    expect(findScormApi(popup)).toBeNull();
    const lms = frame();
    lms.API_1484_11 = strictScorm2004().api;
    const withOpener = frame(crossOrigin());
    withOpener.opener = lms;
    expect(findScormApi(withOpener)?.version).toBe('2004');
  });

  it('ignores an API object without the SCORM methods', () => {
    const top = frame();
    top.API = { LMSInitialize: () => 'true' };
    expect(findScormApi(frame(top))).toBeNull();
  });
});
