import { Component, type ReactNode } from 'react';
import { retryFailedParts } from './retryable-lazy';

type Props = { children: ReactNode; message: string; retryLabel: string };
type State = { error: Error | null };

/** Keeps a failing part (code that could not be fetched, a map that could not start) from blanking the page. */
export class PanelBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  retry = () => {
    retryFailedParts();
    this.setState({ error: null });
  };

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error part-failed" role="alert">
        <p>
          {this.props.message} <span className="muted">({this.state.error.message})</span>
        </p>
        <button type="button" className="small-button" onClick={this.retry}>{this.props.retryLabel}</button>
      </div>
    );
  }
}
