/**
 * Runs in the editor page (`/admin/`) after the Decap CMS bundle: registers the conditional
 * widget, which shows a built-in widget (`base` in the config) and adds the rules Decap cannot
 * express (src/lib/editor/conditions.ts). Its error appears on the field, in Chinese, and Decap
 * will not save the entry while it stands. Bundled by src/integrations/editor.ts into `editor.js`.
 */
import { CONDITIONAL_WIDGET, conditionError, type Condition } from '../../lib/editor/conditions.ts';

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): unknown;
}

interface WidgetProps {
  field: ImmutableLike;
  value: unknown;
  getEntry: () => ImmutableLike;
  [key: string]: unknown;
}

interface DecapWindow {
  CMS: {
    getWidget(name: string): { control: unknown; preview: unknown } | undefined;
    registerWidget(name: string, control: unknown, preview?: unknown): void;
  };
  createClass(spec: Record<string, unknown>): unknown;
  h(type: unknown, props: unknown, ...children: unknown[]): unknown;
}

const { CMS, createClass, h } = window as unknown as DecapWindow;

function baseWidget(props: WidgetProps) {
  const name = String(props.field.get('base'));
  const widget = CMS.getWidget(name);
  if (!widget) throw new Error(`conditional widget: no widget "${name}"`);
  return widget;
}

const Control = createClass({
  isValid(this: { props: WidgetProps }) {
    const conditions = ((this.props.field.get('conditions') as ImmutableLike | undefined)?.toJS() ?? []) as Condition[];
    const entry = this.props.getEntry();
    const message = conditionError(conditions, this.props.value, (path) => entry.getIn(['data', ...path.split('.')]));
    return message ? { error: { type: 'CUSTOM', message } } : true;
  },
  render(this: { props: WidgetProps }) {
    return h(baseWidget(this.props).control, this.props);
  },
});

const Preview = createClass({
  render(this: { props: WidgetProps }) {
    return h(baseWidget(this.props).preview, this.props);
  },
});

CMS.registerWidget(CONDITIONAL_WIDGET, Control, Preview);
