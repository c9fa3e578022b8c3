/**
 * Vite plugin: puts the Content-Security-Policy on the built index.html as a meta tag
 * (the app is static files, so there is no server to send it as a header). The dev
 * server gets none: Vite's client injects inline scripts and styles for hot reload.
 * See docs/security.md for what each directive allows and why.
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function cspPlugin(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'safeguarding-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      // Straight after the charset, so the policy is in force before any script or style is seen.
      handler: (html) => {
        const content = policy.replace(/"/g, '&quot;');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
        const charset = /<meta charset[^>]*>/i.exec(html);
        if (!charset) return html.replace(/<head>/i, `<head>\n    ${meta}`);
        const at = charset.index + charset[0].length;
        return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
      },
    },
  };
}
