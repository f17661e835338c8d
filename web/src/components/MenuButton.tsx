import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";

/** One entry of a menu; `checked` makes it a checkbox item (a reaction given or not). */
export interface MenuItem {
  key: string;
  label: ReactNode;
  onSelect: () => void;
  checked?: boolean;
  danger?: boolean;
}

/**
 * A button that opens a menu (the WAI-ARIA menu button pattern). Enter, Space or the
 * arrow keys open it with the focus on an item; the arrow keys, Home and End move
 * between the items; Escape closes it and the focus returns to the button, as after
 * choosing an item; Tab and a click elsewhere close it.
 */
export function MenuButton({
  label,
  icon,
  items,
  className,
  align = "end",
  onOpen,
}: {
  /** The button's name (read by screen readers, shown as its tooltip). */
  label: string;
  /** What the button shows (decorative). */
  icon: ReactNode;
  items: MenuItem[];
  className: string;
  /** Which edge of the button the menu lines up with. */
  align?: "start" | "end";
  /** Called before the menu opens, while the focus and selection are still as they were. */
  onOpen?: () => void;
}) {
  const [open, setOpen] = useState(false);
  // The item to focus once the menu shows: the first, or the last (ArrowUp).
  const [start, setStart] = useState<"first" | "last">("first");
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonId = useId();
  const menuId = useId();

  const itemElements = () =>
    Array.from(menuRef.current?.querySelectorAll<HTMLElement>("[data-menu-item]") ?? []);

  useEffect(() => {
    if (!open) return;
    const list = itemElements();
    (start === "first" ? list[0] : list[list.length - 1])?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [open, start]);

  const openAt = (at: "first" | "last") => {
    setStart(at);
    setOpen(true);
  };

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!open) onOpen?.();
      openAt(event.key === "ArrowDown" ? "first" : "last");
    } else if ((event.key === "Enter" || event.key === " ") && !open) {
      onOpen?.();
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const list = itemElements();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    if (event.key === "ArrowDown" || event.key === "ArrowRight") move(at + 1);
    else if (event.key === "ArrowUp" || event.key === "ArrowLeft") move(at - 1);
    else if (event.key === "Home") move(0);
    else if (event.key === "End") move(list.length - 1);
    else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === "Tab") setOpen(false);
  };

  return (
    <div className="menu" ref={rootRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className={className}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        title={label}
        onPointerDown={() => !open && onOpen?.()}
        onKeyDown={onButtonKey}
        onClick={() => (open ? setOpen(false) : openAt("first"))}
      >
        {icon}
        <span className="visually-hidden">{label}</span>
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className={`menu__list menu__list--${align}`}
          onKeyDown={onMenuKey}
        >
          {items.map((item) => (
            <button
              key={item.key}
              type="button"
              role={item.checked === undefined ? "menuitem" : "menuitemcheckbox"}
              aria-checked={item.checked}
              tabIndex={-1}
              data-menu-item
              className={`menu__item${item.danger ? " menu__item--danger" : ""}`}
              onClick={() => {
                close();
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
