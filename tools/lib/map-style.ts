/** The story map page's style sheet: columns per episode, and contrast that meets WCAG AA. */
export const MAP_CSS = `
:root { color: #1a1a1a; background: #fff; font: 15px/1.45 system-ui, sans-serif; }
body { margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.3rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 0 0 0.75rem; }
h4 { font-size: 1rem; margin: 0; overflow-wrap: anywhere; }
a { color: #0645ad; }
a:focus-visible, .columns:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
p { margin: 0.25rem 0; }
.legend { margin: 0.5rem 0; padding-left: 1.25rem; }
.warning { border: 2px solid #7a4a00; background: #fff4e0; color: #4a2c00; padding: 0.5rem 0.75rem; }
.columns {
  display: grid; grid-auto-flow: column; grid-auto-columns: minmax(18rem, 22rem); gap: 1rem;
  overflow-x: auto; padding: 0.5rem 0.25rem 1rem; align-items: start;
}
.column { background: #f4f6f8; border: 1px solid #c4c9cf; border-radius: 6px; padding: 0.75rem; }
.box { background: #fff; border: 2px solid #4a5360; border-radius: 6px; padding: 0.6rem 0.7rem; margin: 0 0 0.75rem; }
.box:target { outline: 3px solid #0645ad; }
.meta { color: #3d4450; font-size: 0.9rem; }
.options { list-style: none; margin: 0.5rem 0 0; padding: 0; }
.option { border-top: 1px solid #d5d9de; padding: 0.4rem 0 0.4rem 0.5rem; }
.option.critical { border-left: 5px solid #8b0000; background: #fdf3f3; }
.option-text { font-weight: 600; }
.credit { color: #0a5a2a; font-weight: 600; }
.debit { color: #8b1a1a; font-weight: 600; }
.badge { display: inline-block; font-size: 0.8rem; font-weight: 700; padding: 0 0.4rem; border-radius: 3px; }
.critical-badge { background: #7a0000; color: #fff; }
.unreached-badge { background: #444; color: #fff; }
.leads { font-size: 0.9rem; }
.knots { margin: 0; padding-left: 1.1rem; font-size: 0.9rem; }
.unreached { border: 2px dashed #444; background: #ececec; padding: 0.2rem 0.4rem; list-style-position: inside; }
.ending { border-color: #1f4e79; }
.outline ul { margin: 0.2rem 0; }
details { margin-top: 2rem; }
summary { font-size: 1.3rem; font-weight: 700; cursor: pointer; }
@media print { .columns { grid-auto-flow: row; grid-template-columns: repeat(2, 1fr); overflow: visible; } }
`;
