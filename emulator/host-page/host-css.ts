/** Styles of the host page: a plain imitation of the Wix dashboard chrome. */
export const HOST_CSS = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 Helvetica,Arial,sans-serif;color:#162d3d;background:#f0f4f7}
.top{display:flex;align-items:center;gap:16px;height:48px;padding:0 16px;background:#fff;border-bottom:1px solid #dfe5eb}
.logo{font-weight:900;letter-spacing:-1px;font-size:20px}
.site{font-weight:700}
.address{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;padding:4px 10px;border-radius:16px;
  background:#f0f4f7;color:#577083;font-family:monospace;font-size:12px}
.badge{padding:2px 10px;border-radius:10px;font-size:12px;background:#fdf0d5;color:#7a4d00}
.badge.ok{background:#e1f5e9;color:#176b3a}.badge.bad{background:#fde3e1;color:#a1241b}
.controls{display:flex;flex-wrap:wrap;align-items:center;gap:6px 14px;padding:6px 16px;background:#fff8e1;
  border-bottom:1px solid #f2d98c;font-size:12px}
.controls .tag{background:#162d3d;color:#fff;padding:1px 8px;border-radius:4px;text-transform:uppercase;font-size:11px}
.controls input[type=number]{width:64px}.controls .stats{margin-left:auto;color:#577083}
.layout{display:flex;min-height:calc(100vh - 90px)}
.sidebar{width:200px;flex:none;padding:12px 0;background:#162d3d}
.sidebar a,.sidebar .section{display:block;padding:6px 20px;color:#dfe5eb;text-decoration:none}
.sidebar .section{margin-top:10px;color:#7a92a5;font-size:11px;text-transform:uppercase}
.sidebar a.active{background:#3899ec;color:#fff}
.page{flex:1;min-width:0;padding:16px 24px}
.page h1{margin:0 0 12px;font-size:22px}
#app{display:block;width:100%;height:600px;border:0;background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(22,45,61,.15)}
.hint{color:#a1241b}
.toasts{position:fixed;top:56px;left:50%;transform:translateX(-50%);display:flex;flex-direction:column;gap:8px;z-index:10}
.toast{display:flex;align-items:center;gap:12px;min-width:320px;max-width:640px;padding:10px 14px;border-radius:6px;color:#fff;
  background:#162d3d;box-shadow:0 4px 12px rgba(0,0,0,.2);white-space:pre-wrap;word-break:break-word}
.toast.success{background:#21a35d}.toast.warning{background:#e08c00}.toast.error{background:#d6453d}
.toast button{background:none;border:1px solid rgba(255,255,255,.6);color:#fff;border-radius:12px;padding:2px 10px;cursor:pointer}
.toast .close{border:0;margin-left:auto;font-size:16px}
.modal-layer:empty{display:none}
.modal-layer{position:fixed;inset:0;display:grid;place-items:center;background:rgba(22,45,61,.5);z-index:20}
.modal{background:#fff;border-radius:8px;padding:20px;min-width:360px;max-width:80vw}
.modal pre{max-height:40vh;overflow:auto;background:#f0f4f7;padding:8px}
`;
