// The reading position: which posts of a thread have been on screen. A post counts as
// seen when part of it was in the viewport, or when it went from below the viewport to
// above it between two looks (scrolled past quickly). Posts that appear above the
// viewport (earlier posts loaded in place) are not seen until scrolled to. Seen posts
// after the read marker go to the server in batches; it moves the marker over them up
// to the first post not seen.
import { useCallback, useEffect, useRef } from "react";
import { request } from "../../api/client";
import { MarkPostsSeenMutation, ThreadsQuery } from "../../api/discussions";
import { invalidate } from "../../api/query";

/** How long after a post came into view it is reported (a batch per pause). */
const REPORT_DELAY_MS = 800;
/** How often the positions are looked at while the page scrolls. */
const LOOK_INTERVAL_MS = 150;
/** The most seqs the API takes in one report. */
const MAX_PER_REPORT = 200;

type Position = "above" | "visible" | "below";

function positionOf(element: Element): Position {
  const rect = element.getBoundingClientRect();
  if (rect.bottom <= 0) return "above";
  if (rect.top >= window.innerHeight) return "below";
  return "visible";
}

/** The posts on the page: their elements `#post-<seq>` in the post list. */
function postElements(): [number, Element][] {
  return [...document.querySelectorAll('.post-list [id^="post-"]')].map((element) => [
    Number(element.id.slice("post-".length)),
    element,
  ]);
}

/**
 * Watches the posts of the thread on the page and reports those seen after `lastReadSeq`; `onMarked` gets the new
 * marker and unread count. Returns a function to look again at once (after the list
 * changed).
 */
export function useSeenPosts(
  threadId: string,
  groupId: string,
  lastReadSeq: number | null,
  onMarked: (marked: { lastReadSeq: number; unreadCount: number }) => void,
) {
  const marker = useRef(lastReadSeq ?? 0);
  const seen = useRef(new Set<number>());
  const positions = useRef(new Map<number, Position>());
  const reportTimer = useRef<number | null>(null);
  const onMarkedRef = useRef(onMarked);
  onMarkedRef.current = onMarked;

  useEffect(() => {
    marker.current = Math.max(marker.current, lastReadSeq ?? 0);
  }, [lastReadSeq]);

  useEffect(() => {
    seen.current.clear();
    positions.current.clear();
  }, [threadId]);

  const report = useCallback(() => {
    reportTimer.current = null;
    const seqs = [...seen.current]
      .filter((seq) => seq > marker.current)
      .sort((a, b) => a - b)
      .slice(0, MAX_PER_REPORT);
    if (seqs.length === 0) return;
    request(MarkPostsSeenMutation, { threadId, seqs })
      .then((data) => {
        const marked = data.markPostsSeen;
        if (marked.lastReadSeq <= marker.current) return;
        marker.current = marked.lastReadSeq;
        for (const seq of seen.current) if (seq <= marked.lastReadSeq) seen.current.delete(seq);
        onMarkedRef.current(marked);
        invalidate(ThreadsQuery, { groupId });
      })
      .catch(() => undefined);
  }, [threadId, groupId]);

  const look = useCallback(() => {
    let added = false;
    for (const [seq, element] of postElements()) {
      const now = positionOf(element);
      const before = positions.current.get(seq);
      positions.current.set(seq, now);
      const scrolledPast = now === "above" && before === "below";
      if ((now === "visible" || scrolledPast) && seq > marker.current && !seen.current.has(seq)) {
        seen.current.add(seq);
        added = true;
      }
    }
    if (added && reportTimer.current === null) {
      reportTimer.current = window.setTimeout(report, REPORT_DELAY_MS);
    }
  }, [report]);

  useEffect(() => {
    let pending: number | null = null;
    const onScroll = () => {
      if (pending !== null) return;
      pending = window.setTimeout(() => {
        pending = null;
        look();
      }, LOOK_INTERVAL_MS);
    };
    const flush = () => {
      if (reportTimer.current !== null) {
        window.clearTimeout(reportTimer.current);
        report();
      }
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll);
    window.addEventListener("pagehide", flush);
    return () => {
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
      window.removeEventListener("pagehide", flush);
      if (pending !== null) window.clearTimeout(pending);
      // Leaving the thread reports what was seen so far.
      flush();
    };
  }, [look, report]);

  return look;
}
