import type { ServiceRegistry, URI } from 'langium';
import type { SscServices } from '../ssc-module.js';

/**
 * The `.ssc` language's services for a document, or undefined when the registry has none for it or
 * they belong to another language (the only language registered is `.ssc`; checked, not assumed).
 */
export function sscServicesOf(registry: ServiceRegistry, uri: URI): SscServices | undefined {
    if (!registry.hasServices(uri)) return undefined;
    const services = registry.getServices(uri);
    return 'ssc' in services ? (services as SscServices) : undefined;
}
