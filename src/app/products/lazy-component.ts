import { ApplicationRef, type ComponentRef, DestroyRef, EnvironmentInjector, Injector, Type, createComponent } from '@angular/core';

/**
 * Downloads a component's chunk (`load` is a dynamic `import()`) and creates it on `host` (an element of the
 * caller's template) in an element of its own, with the caller's injector (the component reads its state from a token the caller
 * provides); destroyed with the caller (or earlier, by the caller, through the ref it resolves to). Used instead of `@defer` and ViewContainerRef, whose runtime would
 * add several kB to the initial bundle (`createComponent` is already there: bootstrapping uses it).
 */
export async function mountLazy<C>(host: HTMLElement, tag: string, injector: Injector, load: () => Promise<Type<C>>): Promise<ComponentRef<C>> {
  const component = await load();
  // The component's own element (`tag`, its selector) inside `host`, as if the template had it.
  const element = host.ownerDocument.createElement(tag);
  host.appendChild(element);
  const ref = createComponent(component, { environmentInjector: injector.get(EnvironmentInjector), elementInjector: injector, hostElement: element });
  injector.get(ApplicationRef).attachView(ref.hostView);
  injector.get(DestroyRef).onDestroy(() => ref.destroy());
  return ref;
}
