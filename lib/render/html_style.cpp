// The inline stylesheet (render/html_style.hpp).
#include "render/html_style.hpp"

namespace netadmin::render {

std::string_view html_stylesheet() {
    return R"css(:root{--ink:#1d2b28;--muted:#5b6b67;--accent:#1f6f5c;--accent-soft:#e6f2ee;--line:#d5dedb;--paper:#fbfcfb}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.site{background:var(--accent);color:#fff}
.site nav{max-width:60rem;margin:0 auto;padding:.6rem 1.25rem;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}
.site a{color:#fff;text-decoration:none;font-weight:600}
.site a:hover,.site a:focus{text-decoration:underline}
.site a[aria-current]{border-bottom:2px solid #fff}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1.25rem 2rem}
.masthead{border-bottom:4px solid var(--accent);margin-bottom:1.5rem;padding-bottom:1rem}
h1{font-size:2.1rem;line-height:1.2;margin:.2rem 0 .4rem}
.subtitle{color:var(--muted);font-size:1.1rem;margin:0}
h2{font-size:1.45rem;margin:2.2rem 0 .8rem;padding-bottom:.3rem;border-bottom:1px solid var(--line);color:var(--accent)}
h3{font-size:1.15rem;margin:1.6rem 0 .5rem}
h4{font-size:1rem;margin:1.2rem 0 .4rem}
p{margin:.5rem 0 .9rem;max-width:46rem}
a{color:var(--accent)}
.muted{color:var(--muted);font-style:italic}
dl.facts{display:grid;grid-template-columns:minmax(9rem,max-content) 1fr;gap:.35rem 1.2rem;margin:.6rem 0 1.2rem;padding:.9rem 1.1rem;background:#fff;border:1px solid var(--line);border-radius:8px}
dl.facts dt{font-weight:600;color:var(--muted)}
dl.facts dd{margin:0}
dl.facts.compact{background:none;border:none;border-left:3px solid var(--accent-soft);border-radius:0;padding:.2rem 0 .2rem 1rem;margin:.3rem 0 .8rem}
ul.figures{list-style:none;padding:0;margin:1rem 0 1.4rem;display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));gap:.8rem}
ul.figures li{min-width:0;overflow-wrap:anywhere;hyphens:auto;margin:0;padding:.9rem 1rem;background:#fff;border:1px solid var(--line);border-top:4px solid var(--accent);border-radius:8px}
.figure{display:block;font-size:1.7rem;font-weight:700;line-height:1.2;color:var(--accent)}
.figure a{color:inherit;text-decoration:none}
.figure-label{color:var(--muted);font-size:.95rem}
nav.toc{margin:0 0 1.5rem;padding:.7rem 1rem;background:var(--accent-soft);border-radius:8px}
nav.toc ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem}
nav.toc li{margin:0}
h5{font-size:1rem;margin:1.1rem 0 .3rem;color:var(--accent)}
ul{padding-left:1.3rem;margin:.4rem 0 1rem}
li{margin:.2rem 0}
.table-wrap{overflow-x:auto;margin:.6rem 0 1.2rem;border:1px solid var(--line);border-radius:8px;background:#fff}
table{border-collapse:collapse;width:100%;font-size:.95rem}
caption{text-align:left;font-weight:600;padding:.6rem .8rem;color:var(--muted)}
th,td{text-align:left;vertical-align:top;padding:.45rem .8rem;border-top:1px solid var(--line)}
thead th{background:var(--accent-soft);border-top:none;vertical-align:bottom}
tbody th{font-weight:600}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tfoot th,tfoot td{font-weight:700;border-top:2px solid var(--ink)}
blockquote{margin:1rem 0;padding:.7rem 1.1rem;border-left:4px solid var(--accent);background:#fff;border-radius:0 8px 8px 0}
blockquote p{margin:0;font-style:italic}
blockquote footer{color:var(--muted);margin-top:.3rem;font-size:.9rem}
figure{margin:1rem 0 1.5rem}
svg.chart{width:100%;height:auto;max-width:46rem;display:block}
svg.chart text{font:13px system-ui,sans-serif;fill:#1d2b28}
svg.chart .unknown{fill:#5b6b67;font-style:italic}
svg.chart .axis{stroke:#5b6b67;stroke-width:1}
figcaption{color:var(--muted);font-size:.9rem}
.page-footer{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 2rem;color:var(--muted);font-size:.9rem;border-top:1px solid var(--line)}
@media (max-width:40rem){h1{font-size:1.6rem}.figure{font-size:1.35rem}ul.figures{grid-template-columns:repeat(auto-fit,minmax(8rem,1fr))}dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.4rem}main{padding:1rem .8rem}}
@media print{.site,nav.toc{display:none}ul.figures li{border-top-width:2px}body{background:#fff;font-size:11pt}main{max-width:none;padding:0}h2{break-after:avoid}table,dl.facts,blockquote,figure{break-inside:avoid}.table-wrap{overflow:visible;border:none}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;color:var(--muted)}}
)css";
}

}  // namespace netadmin::render
