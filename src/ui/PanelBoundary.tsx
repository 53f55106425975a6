import { Component, type ReactNode } from 'react';

type Props = { children: ReactNode; message: string };
type State = { error: Error | null };

/** Keeps a failing part (e.g. a panel whose code could not be fetched after a redeploy) from blanking the page. */
export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <p className="error" role="alert">
        {this.props.message} <span className="muted">({this.state.error.message})</span>{' '}
        <button type="button" className="link-button" onClick={() => window.location.reload()}>↻</button>
      </p>
    );
  }
}
