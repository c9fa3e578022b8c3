/**
 * Whether WebGL here is drawn in software (no usable GPU: SwiftShader, llvmpipe, Microsoft's
 * basic renderer), as on many managed laptops and in headless test browsers. There every
 * frame the drawing shows costs the main thread tens of milliseconds unless it is drawn
 * without multisampling and outside the page's frame (a desynchronized canvas), so the
 * game is configured for it.
 */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render/i;

export function softwareWebGL(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE_RENDERERS.test(renderer);
  } catch {
    return false;
  }
}
