// The schedule planner page, through the package's public exports as an integrator would.
import 'stagekit/schedule-planner/define.js';
