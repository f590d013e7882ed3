package report

// style is the page's stylesheet: sober, legible, print-friendly. System
// fonts only (the page loads none), dark text on white, a measure of about
// 60rem, tables with zebra rows, figures scaled to the width.
const style = `
:root{color-scheme:light}
html{background:#fff;color:#1b1b1b}
body{margin:0 auto;max-width:60rem;padding:1.5rem 1.25rem 3rem;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif}
h1{font-size:2rem;line-height:1.2;margin:.5rem 0 .3rem}
h2{font-size:1.45rem;line-height:1.25;margin:2.4rem 0 .7rem;padding-bottom:.25rem;border-bottom:1px solid #d9d9d9}
h3{font-size:1.2rem;margin:1.8rem 0 .5rem}
h4{font-size:1.02rem;margin:1.4rem 0 .4rem}
p,ul,ol,dl,blockquote,pre{margin:.6rem 0}
a{color:#0b57a4}
a:visited{color:#5b3a8e}
.byline{color:#555;margin:0 0 1.2rem}
nav.toc{margin:1rem 0 2rem;padding:.6rem 1.1rem .7rem;border:1px solid #dedede;border-radius:4px;background:#fafafa;font-size:.95rem}
nav.toc .toc-title{margin:0 0 .25rem;font-weight:600}
nav.toc ol{margin:0;padding-left:1.3rem}
nav.toc ol ol{list-style:lower-alpha}
.table-wrap{overflow-x:auto;margin:1.2rem 0}
table.dg-table{border-collapse:collapse;font-size:.92rem;font-variant-numeric:tabular-nums}
table.dg-table caption{caption-side:top;text-align:left;font-weight:600;padding:0 0 .45rem}
table.dg-table th,table.dg-table td{padding:.3rem .7rem;text-align:left;vertical-align:top;border-bottom:1px solid #e4e4e4}
table.dg-table thead th{border-bottom:2px solid #8a8a8a;white-space:nowrap}
table.dg-table tbody tr:nth-child(even){background:#f4f5f6}
table.dg-table .num{text-align:right;white-space:nowrap}
table.dg-table .missing{color:#767676}
table.dg-table tfoot td{border:0;padding:.5rem .7rem 0;font-size:.85rem;color:#444}
table.dg-table tfoot p{margin:.15rem 0}
sup.marker{color:#a3312a;font-weight:600}
figure{margin:1.6rem 0}
figure .canvas{overflow-x:auto}
figure svg{display:block;max-width:100%;height:auto;margin:0 auto}
figcaption{margin-top:.5rem;font-size:.92rem;color:#444}
figcaption .label{font-weight:600;color:#1b1b1b}
figcaption .hint{display:none;color:#666}
.interactive figcaption .hint{display:inline}
blockquote{margin:.45rem 0;padding:.05rem 0 .05rem .9rem;border-left:3px solid #c8c8c8;color:#2b2b2b}
blockquote p{margin:.2rem 0}
pre{padding:.7rem .9rem;overflow-x:auto;background:#f6f8fa;border:1px solid #e1e4e8;border-radius:4px;font:.87rem/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace}
pre.output{background:#fff;border-style:dashed}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.92em}
.raw-html{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.9em;color:#444}
.summary,.undated{color:#555;font-size:.93rem}
ol.relations{padding-left:1.7rem}
ol.relations>li{margin:0 0 1.1rem}
.relation .what{margin:0 0 .2rem}
.relation .when{color:#555;white-space:nowrap}
.relation .attribution,.relation .source,.relation .note{margin:.15rem 0;font-size:.93rem;color:#3d3d3d}
.relation .none{color:#767676}
.relation .url{word-break:break-all}
.kind{display:inline-block;padding:0 .4rem;border:1px solid #c9c9c9;border-radius:3px;font-size:.78rem;line-height:1.5;color:#555;vertical-align:.08em}
.kind.hostile{color:#a3312a;border-color:#e3b4b0}
.kind.cooperative{color:#1f6b52;border-color:#a9d3c3}
.evidence-panel{margin:-.6rem 0 1.8rem;padding:.5rem 1rem .2rem;max-height:30rem;overflow-y:auto;border:1px solid #dedede;border-radius:4px;background:#fcfcfc}
.panel-status{margin:.2rem 0 .7rem;font-weight:600}
.timeline dt{margin-top:.9rem;font-weight:600}
.timeline dd{margin:0}
.timeline ol{margin:.2rem 0;padding:0;list-style:none}
.timeline li{padding:.12rem 0}
.timeline a{color:inherit;text-decoration-color:#b5b5b5;text-underline-offset:.15em}
.timeline a:hover{text-decoration-color:currentColor}
.timeline time{display:inline-block;min-width:9rem;color:#555;font-variant-numeric:tabular-nums}
.interactive [data-actor]{cursor:pointer}
.interactive [data-actor]:focus{outline:none}
.interactive [data-actor]:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}
.interactive .faded{opacity:.16}
.interactive g.edge.highlighted path{stroke-width:3px}
.interactive g.node.selected ellipse,.interactive g.node.selected polygon,.interactive g.node.selected path{stroke:#1a5fb4;stroke-width:4px}
footer{margin-top:3rem;padding-top:.6rem;border-top:1px solid #e4e4e4;color:#767676;font-size:.85rem}
@media print{
body{max-width:none;padding:0;font-size:10.5pt}
nav.toc{break-inside:avoid}
a{color:inherit}
figure,blockquote,ol.relations>li,tr{break-inside:avoid}
h2,h3,h4{break-after:avoid}
.evidence-panel{max-height:none;overflow:visible;border:0;padding:0;background:none}
.interactive .faded{opacity:1}
figcaption .hint{display:none!important}
}
`
