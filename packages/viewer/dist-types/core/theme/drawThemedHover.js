// Sigma's default hover box is always white; with a dark theme the (light) label on it would be unreadable.
import { drawDiscNodeLabel } from "sigma/rendering";
export function drawThemedHover(background) {
    return (ctx, data, settings) => {
        const size = settings.labelSize;
        ctx.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
        ctx.fillStyle = background;
        ctx.shadowOffsetX = 0;
        ctx.shadowOffsetY = 0;
        ctx.shadowBlur = 8;
        ctx.shadowColor = "rgba(0,0,0,0.5)";
        const padding = 2;
        const radius = Math.max(data.size, size / 2) + padding;
        if (typeof data.label === "string") {
            const boxWidth = Math.round(ctx.measureText(data.label).width + 5);
            const boxHeight = Math.round(size + 2 * padding);
            const angle = Math.asin(Math.min(1, boxHeight / 2 / radius));
            const dx = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
            ctx.beginPath();
            ctx.moveTo(data.x + dx, data.y + boxHeight / 2);
            ctx.lineTo(data.x + radius + boxWidth, data.y + boxHeight / 2);
            ctx.lineTo(data.x + radius + boxWidth, data.y - boxHeight / 2);
            ctx.lineTo(data.x + dx, data.y - boxHeight / 2);
            ctx.arc(data.x, data.y, radius, angle, -angle);
            ctx.closePath();
            ctx.fill();
        }
        else {
            ctx.beginPath();
            ctx.arc(data.x, data.y, radius, 0, Math.PI * 2);
            ctx.closePath();
            ctx.fill();
        }
        ctx.shadowBlur = 0;
        drawDiscNodeLabel(ctx, data, settings);
    };
}
//# sourceMappingURL=drawThemedHover.js.map