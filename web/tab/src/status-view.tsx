import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useTab } from './tab-context';
import type { Loaded } from './use-api';

/** Loading and error states the same way in every view. */
export function Pending<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactElement }): ReactElement {
  const { tr } = useTab();
  if (loaded.state === 'loading') return <Spinner label={tr('loading')} />;
  if (loaded.state === 'error') return <MessageBar intent="error"><MessageBarBody>{loaded.message}</MessageBarBody></MessageBar>;
  return children(loaded.data);
}
