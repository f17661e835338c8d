// Pages whose code loads when they are first opened (React.lazy), and the focus that a
// navigation gives the new page's heading: at once, or when the page's code arrives.
import { lazy, Suspense, useEffect, useLayoutEffect, type ComponentType } from "react";
import { Loading } from "./Status";

/** How many on-demand pages are waiting for their code. */
let waitingForCode = 0;
/** A navigation found no heading because the page's code was still loading. */
let focusOnArrival = false;

/**
 * After a navigation: the new page's heading takes the focus, now or, when the page's
 * code is still loading, as soon as it arrives.
 */
export function focusPageHeading() {
  const heading = document.getElementById("page-heading");
  heading?.focus();
  focusOnArrival = heading == null && waitingForCode > 0;
}

function CodeLoading() {
  useLayoutEffect(() => {
    waitingForCode += 1;
    return () => {
      waitingForCode -= 1;
    };
  }, []);
  return <Loading />;
}

function Arrived() {
  useEffect(() => {
    if (!focusOnArrival) return;
    focusOnArrival = false;
    document.getElementById("page-heading")?.focus();
  }, []);
  return null;
}

/** The page `name` of the module `load` imports, loaded when it is first shown. */
export function onDemand<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  const Page = lazy<ComponentType>(() => load().then((module) => ({ default: module[name] })));
  return function OnDemand() {
    return (
      <Suspense fallback={<CodeLoading />}>
        <Page />
        <Arrived />
      </Suspense>
    );
  };
}
