/// How conservative the kernel is: `stable` pins models and freezes skills.
public enum KernelMode: String, ConfigEnum {
    case stable
    case `default`
    case dev
}
