#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Wraps plain-text articles in web-page templates, to measure how unspin reads HTML pages (docs/benchmarks.md,
"HTML pages"). Each article (first line: headline; other lines: paragraphs) becomes NAME.html in one of two
hand-written templates (semantic HTML5 with nav/aside/footer; WordPress-style div soup with menu, widget, related,
disqus and footer-widget class names), with a site menu, headline lists, share buttons, comments and a footer
around it, and NAME.txt beside it holding the article as it was. The templates' words are the same on every page.

Usage: scripts/html-pages.py OUT_DIR TEXT_FILE...
"""
import html
import os
import random
import sys

NAV = ["Home", "World", "Politics", "Business", "Tech", "Science", "Health", "Sports", "Entertainment", "Opinion",
       "Contact Us", "About"]
SIDEBAR = ["Stocks rally as investors weigh rate outlook", "Five things to know before the market opens",
           "Local council approves new budget", "Weather: storms expected across the region this weekend",
           "How to save money on your energy bills this winter", "Top 10 gadgets of the year",
           "Celebrity couple announce engagement", "Court rules on landmark privacy case",
           "New study links sleep and memory", "Team wins championship in overtime thriller"]
FOOT = ["Copyright 2024 Daily News Network. All rights reserved.", "Privacy Policy", "Terms of Service",
        "Advertise with us",
        "We use cookies to improve your experience on our website. By continuing to browse you agree to our use of "
        "cookies. Accept",
        "Subscribe to our newsletter to get the latest news delivered to your inbox every morning."]
COMMENTS = ["Great article, thanks for sharing!", "I don't agree with this at all, the numbers are wrong.",
            "Very informative post. Keep it up."]


def page(title, body, variant, rnd):
    ps = "".join("<p>%s</p>\n" % html.escape(p) for p in body.split("\n") if p.strip())
    nav = "".join('<li><a href="/%s">%s</a></li>' % (n.lower(), n) for n in NAV)
    side = "".join('<li><a href="/p/%d">%s</a></li>' % (i, html.escape(s))
                   for i, s in enumerate(rnd.sample(SIDEBAR, 6)))
    rel = "".join('<li><a href="/r/%d">%s</a></li>' % (i, html.escape(s)) for i, s in enumerate(rnd.sample(SIDEBAR, 3)))
    foot = "".join("<p>%s</p>" % f for f in FOOT)
    com = "".join('<div class="comment-body"><p>%s</p></div>' % c for c in COMMENTS)
    t = html.escape(title)
    if variant == 0:
        return f"""<!DOCTYPE html><html><head><title>{t}</title></head><body>
<header class="site-header"><div class="logo">Daily News Network</div><nav><ul>{nav}</ul></nav></header>
<main><article><h1>{t}</h1><div class="byline">By Staff Writer | Updated 3 hours ago</div>
<div class="entry-content">{ps}</div>
<div class="share-buttons"><a>Share on Facebook</a> <a>Share on Twitter</a> <a>Email</a></div>
<section class="related-posts"><h3>Related Posts</h3><ul>{rel}</ul></section></article>
<section id="comments" class="comments-area"><h3>3 thoughts on this article</h3>{com}
<form><textarea></textarea><button>Post Comment</button></form></section></main>
<aside class="sidebar"><h3>Recent Posts</h3><ul>{side}</ul></aside>
<footer class="site-footer">{foot}</footer></body></html>"""
    return f"""<html><head><title>{t}</title></head><body>
<div id="top-bar"><div class="menu-main-container"><ul id="menu-main" class="menu">{nav}</ul></div></div>
<div id="wrapper"><div id="content" class="col-8"><div class="post">
<h2 class="post-title">{t}</h2><span class="meta">Posted on March 3, 2024 by admin</span>
<div class="post-body">{ps}</div>
<div class="tags">Tags: news, world, latest</div>
<div class="yarpp-related"><h3>You may also like</h3><ol>{rel}</ol></div>
<div id="disqus_thread">{com}</div></div></div>
<div id="secondary" class="widget-area col-4"><div class="widget widget_recent_entries"><h4>Latest</h4>
<ul>{side}</ul></div></div></div>
<div id="bottom" class="footer-widgets">{foot}</div></body></html>"""


def main():
    out, files = sys.argv[1], sys.argv[2:]
    os.makedirs(out, exist_ok=True)
    rnd = random.Random(5)
    for i, f in enumerate(files):
        text = open(f, encoding="utf-8").read()
        lines = text.strip().split("\n")
        body = "\n".join(lines[1:]) if len(lines) > 1 else lines[0]
        name = os.path.basename(f).rsplit(".txt", 1)[0]
        with open(os.path.join(out, name + ".html"), "w", encoding="utf-8") as w:
            w.write(page(lines[0], body, i % 2, rnd))
        with open(os.path.join(out, name + ".txt"), "w", encoding="utf-8") as w:
            w.write(text)


if __name__ == "__main__":
    main()
