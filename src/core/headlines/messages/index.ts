export { formatFigure } from "./format.js";
export {
  type Figure,
  MESSAGE_IDS,
  type Message,
  type MessageId,
  type Param,
  type Reason,
} from "./message.js";
export { renderMessage, renderReason, renderVerdict, type Verdict } from "./render.js";
