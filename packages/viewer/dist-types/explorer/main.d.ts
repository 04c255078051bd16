import "./explorer.css";
