import { useEffect, useId, useRef, useState } from "react";
import { request } from "../../api/client";
import { ReactMutation, UnreactMutation } from "../../api/discussions";
import { Icon } from "../../components/Icon";
import { MenuButton } from "../../components/MenuButton";
import type { PostFieldsFragment, Reaction } from "../../gql/graphql";
import { useT } from "../../i18n";

const REACTIONS: { reaction: Reaction; emoji: string }[] = [
  { reaction: "THUMBS_UP", emoji: "👍" },
  { reaction: "HEART", emoji: "❤️" },
  { reaction: "TADA", emoji: "🎉" },
  { reaction: "THINKING", emoji: "🤔" },
  { reaction: "CHECK", emoji: "✅" },
  { reaction: "EYES", emoji: "👀" },
];

/**
 * The reactions somebody gave a post, each with its count and, on focus, tap or hover,
 * who gave it; writers toggle their own with a press, and add one from the menu of all
 * reactions.
 */
export function PostReactions({
  post,
  canWrite,
  run,
  onChanged,
}: {
  post: PostFieldsFragment;
  canWrite: boolean;
  /** Runs an action and shows its error at the post. */
  run: (action: () => Promise<void>) => Promise<void>;
  onChanged: (post: PostFieldsFragment) => void;
}) {
  const t = useT();
  const id = useId();
  const groupRef = useRef<HTMLDivElement>(null);
  // Who reacted shows on focus and hover; a tap shows it too (touch browsers need not
  // focus a button), until a tap elsewhere. Escape hides it until the focus moves on.
  const [tapped, setTapped] = useState<Reaction | null>(null);
  const [dismissed, setDismissed] = useState<Reaction | null>(null);

  useEffect(() => {
    if (!tapped) return;
    const onPointer = (event: PointerEvent) => {
      if (!groupRef.current?.contains(event.target as Node)) setTapped(null);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [tapped]);
  const given = REACTIONS.flatMap(({ reaction, emoji }) => {
    const current = post.reactions.find((r) => r.reaction === reaction && r.count > 0);
    return current ? [{ ...current, emoji }] : [];
  });

  const toggle = (reaction: Reaction, mine: boolean) =>
    run(async () => {
      const data = mine
        ? (await request(UnreactMutation, { postId: post.id, reaction })).unreact
        : (await request(ReactMutation, { postId: post.id, reaction })).react;
      onChanged(data);
      // The last of a reaction withdrawn: its button goes, the focus stays in the group.
      if (!data.reactions.some((r) => r.reaction === reaction && r.count > 0)) {
        setTapped(null);
        window.setTimeout(
          () => groupRef.current?.querySelector<HTMLElement>("[aria-haspopup]")?.focus(),
          0,
        );
      }
    });

  if (given.length === 0 && !canWrite) return null;
  return (
    <div className="post__reactions" role="group" aria-label={t.thread.reactions} ref={groupRef}>
      {given.map(({ reaction, emoji, count, reactedByMe, people }) => {
        const whoId = `${id}-${reaction}`;
        const more = Math.max(0, count - people.length);
        return (
          <span key={reaction} className="reaction-chip">
            <button
              type="button"
              className="reaction"
              aria-pressed={reactedByMe}
              aria-disabled={!canWrite || undefined}
              aria-describedby={whoId}
              onClick={() => {
                setTapped(reaction);
                if (canWrite) void toggle(reaction, reactedByMe);
              }}
              onKeyDown={(event) => {
                if (event.key !== "Escape") return;
                setDismissed(reaction);
                setTapped(null);
              }}
              onBlur={() => setDismissed(null)}
            >
              {t.thread.reactionLabel(emoji, count)}
            </button>
            <span
              id={whoId}
              role="tooltip"
              className={`reaction__who${
                dismissed === reaction
                  ? " reaction__who--dismissed"
                  : tapped === reaction
                    ? " reaction__who--shown"
                    : ""
              }`}
            >
              {t.thread.reactedBy(people.map((p) => p.name).join(", "), more)}
            </span>
          </span>
        );
      })}
      {canWrite && (
        <MenuButton
          label={t.thread.addReaction}
          className="reaction reaction--add"
          align="start"
          icon={
            <span aria-hidden="true">
              <Icon name="smile" />+
            </span>
          }
          items={REACTIONS.map(({ reaction, emoji }) => {
            const mine = post.reactions.find((r) => r.reaction === reaction)?.reactedByMe ?? false;
            return {
              key: reaction,
              checked: mine,
              label: (
                <>
                  <span aria-hidden="true">{emoji}</span> {t.thread.reactionNames[reaction]}
                </>
              ),
              onSelect: () => void toggle(reaction, mine),
            };
          })}
        />
      )}
    </div>
  );
}
