/**
 */
package org.sameboat.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.sameboat.model.Code;
import org.sameboat.model.CodeRole;
import org.sameboat.model.Codebook;
import org.sameboat.model.SameboatPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Code</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getColour <em>Colour</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getDefinition <em>Definition</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getInclusion <em>Inclusion</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getExclusion <em>Exclusion</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getExample <em>Example</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getShortcut <em>Shortcut</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#isApplicable <em>Applicable</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getAppliesTo <em>Applies To</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getStarts <em>Starts</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.sameboat.model.impl.CodeImpl#getCodebook <em>Codebook</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CodeImpl extends IdentifiedImpl implements Code {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected static final String COLOUR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColour() <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColour()
	 * @generated
	 * @ordered
	 */
	protected String colour = COLOUR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected static final String DEFINITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDefinition() <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefinition()
	 * @generated
	 * @ordered
	 */
	protected String definition = DEFINITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getInclusion() <em>Inclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInclusion()
	 * @generated
	 * @ordered
	 */
	protected static final String INCLUSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInclusion() <em>Inclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInclusion()
	 * @generated
	 * @ordered
	 */
	protected String inclusion = INCLUSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExclusion() <em>Exclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusion()
	 * @generated
	 * @ordered
	 */
	protected static final String EXCLUSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExclusion() <em>Exclusion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExclusion()
	 * @generated
	 * @ordered
	 */
	protected String exclusion = EXCLUSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExample()
	 * @generated
	 * @ordered
	 */
	protected static final String EXAMPLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExample() <em>Example</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExample()
	 * @generated
	 * @ordered
	 */
	protected String example = EXAMPLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<String> indicators;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getShortcut() <em>Shortcut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortcut()
	 * @generated
	 * @ordered
	 */
	protected static final String SHORTCUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getShortcut() <em>Shortcut</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShortcut()
	 * @generated
	 * @ordered
	 */
	protected String shortcut = SHORTCUT_EDEFAULT;

	/**
	 * The default value of the '{@link #isApplicable() <em>Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApplicable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean APPLICABLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isApplicable() <em>Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isApplicable()
	 * @generated
	 * @ordered
	 */
	protected boolean applicable = APPLICABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAppliesTo() <em>Applies To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliesTo()
	 * @generated
	 * @ordered
	 */
	protected static final CodeRole APPLIES_TO_EDEFAULT = CodeRole.ANY;

	/**
	 * The cached value of the '{@link #getAppliesTo() <em>Applies To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppliesTo()
	 * @generated
	 * @ordered
	 */
	protected CodeRole appliesTo = APPLIES_TO_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStarts() <em>Starts</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarts()
	 * @generated
	 * @ordered
	 */
	protected EList<String> starts;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Code> children;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SameboatPackage.Literals.CODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getColour() {
		return colour;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColour(String newColour) {
		String oldColour = colour;
		colour = newColour;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__COLOUR, oldColour, colour));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDefinition() {
		return definition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefinition(String newDefinition) {
		String oldDefinition = definition;
		definition = newDefinition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__DEFINITION, oldDefinition, definition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInclusion() {
		return inclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInclusion(String newInclusion) {
		String oldInclusion = inclusion;
		inclusion = newInclusion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__INCLUSION, oldInclusion, inclusion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExclusion() {
		return exclusion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExclusion(String newExclusion) {
		String oldExclusion = exclusion;
		exclusion = newExclusion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__EXCLUSION, oldExclusion, exclusion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExample() {
		return example;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExample(String newExample) {
		String oldExample = example;
		example = newExample;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__EXAMPLE, oldExample, example));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIndicators() {
		if (indicators == null) {
			indicators = new EDataTypeUniqueEList<String>(String.class, this, SameboatPackage.CODE__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getShortcut() {
		return shortcut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShortcut(String newShortcut) {
		String oldShortcut = shortcut;
		shortcut = newShortcut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__SHORTCUT, oldShortcut, shortcut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isApplicable() {
		return applicable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApplicable(boolean newApplicable) {
		boolean oldApplicable = applicable;
		applicable = newApplicable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__APPLICABLE, oldApplicable, applicable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CodeRole getAppliesTo() {
		return appliesTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAppliesTo(CodeRole newAppliesTo) {
		CodeRole oldAppliesTo = appliesTo;
		appliesTo = newAppliesTo == null ? APPLIES_TO_EDEFAULT : newAppliesTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__APPLIES_TO, oldAppliesTo, appliesTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStarts() {
		if (starts == null) {
			starts = new EDataTypeUniqueEList<String>(String.class, this, SameboatPackage.CODE__STARTS);
		}
		return starts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Code> getChildren() {
		if (children == null) {
			children = new EObjectContainmentWithInverseEList<Code>(Code.class, this, SameboatPackage.CODE__CHILDREN, SameboatPackage.CODE__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Code getParent() {
		if (eContainerFeatureID() != SameboatPackage.CODE__PARENT) return null;
		return (Code)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Code newParent, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newParent, SameboatPackage.CODE__PARENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Code newParent) {
		if (newParent != eInternalContainer() || (eContainerFeatureID() != SameboatPackage.CODE__PARENT && newParent != null)) {
			if (EcoreUtil.isAncestor(this, newParent))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, SameboatPackage.CODE__CHILDREN, Code.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Codebook getCodebook() {
		if (eContainerFeatureID() != SameboatPackage.CODE__CODEBOOK) return null;
		return (Codebook)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCodebook(Codebook newCodebook, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newCodebook, SameboatPackage.CODE__CODEBOOK, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodebook(Codebook newCodebook) {
		if (newCodebook != eInternalContainer() || (eContainerFeatureID() != SameboatPackage.CODE__CODEBOOK && newCodebook != null)) {
			if (EcoreUtil.isAncestor(this, newCodebook))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newCodebook != null)
				msgs = ((InternalEObject)newCodebook).eInverseAdd(this, SameboatPackage.CODEBOOK__CODES, Codebook.class, msgs);
			msgs = basicSetCodebook(newCodebook, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SameboatPackage.CODE__CODEBOOK, newCodebook, newCodebook));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SameboatPackage.CODE__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
			case SameboatPackage.CODE__PARENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetParent((Code)otherEnd, msgs);
			case SameboatPackage.CODE__CODEBOOK:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetCodebook((Codebook)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SameboatPackage.CODE__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case SameboatPackage.CODE__PARENT:
				return basicSetParent(null, msgs);
			case SameboatPackage.CODE__CODEBOOK:
				return basicSetCodebook(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case SameboatPackage.CODE__PARENT:
				return eInternalContainer().eInverseRemove(this, SameboatPackage.CODE__CHILDREN, Code.class, msgs);
			case SameboatPackage.CODE__CODEBOOK:
				return eInternalContainer().eInverseRemove(this, SameboatPackage.CODEBOOK__CODES, Codebook.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SameboatPackage.CODE__NAME:
				return getName();
			case SameboatPackage.CODE__COLOUR:
				return getColour();
			case SameboatPackage.CODE__DEFINITION:
				return getDefinition();
			case SameboatPackage.CODE__INCLUSION:
				return getInclusion();
			case SameboatPackage.CODE__EXCLUSION:
				return getExclusion();
			case SameboatPackage.CODE__EXAMPLE:
				return getExample();
			case SameboatPackage.CODE__INDICATORS:
				return getIndicators();
			case SameboatPackage.CODE__SOURCE:
				return getSource();
			case SameboatPackage.CODE__SHORTCUT:
				return getShortcut();
			case SameboatPackage.CODE__APPLICABLE:
				return isApplicable();
			case SameboatPackage.CODE__APPLIES_TO:
				return getAppliesTo();
			case SameboatPackage.CODE__STARTS:
				return getStarts();
			case SameboatPackage.CODE__CHILDREN:
				return getChildren();
			case SameboatPackage.CODE__PARENT:
				return getParent();
			case SameboatPackage.CODE__CODEBOOK:
				return getCodebook();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SameboatPackage.CODE__NAME:
				setName((String)newValue);
				return;
			case SameboatPackage.CODE__COLOUR:
				setColour((String)newValue);
				return;
			case SameboatPackage.CODE__DEFINITION:
				setDefinition((String)newValue);
				return;
			case SameboatPackage.CODE__INCLUSION:
				setInclusion((String)newValue);
				return;
			case SameboatPackage.CODE__EXCLUSION:
				setExclusion((String)newValue);
				return;
			case SameboatPackage.CODE__EXAMPLE:
				setExample((String)newValue);
				return;
			case SameboatPackage.CODE__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends String>)newValue);
				return;
			case SameboatPackage.CODE__SOURCE:
				setSource((String)newValue);
				return;
			case SameboatPackage.CODE__SHORTCUT:
				setShortcut((String)newValue);
				return;
			case SameboatPackage.CODE__APPLICABLE:
				setApplicable((Boolean)newValue);
				return;
			case SameboatPackage.CODE__APPLIES_TO:
				setAppliesTo((CodeRole)newValue);
				return;
			case SameboatPackage.CODE__STARTS:
				getStarts().clear();
				getStarts().addAll((Collection<? extends String>)newValue);
				return;
			case SameboatPackage.CODE__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Code>)newValue);
				return;
			case SameboatPackage.CODE__PARENT:
				setParent((Code)newValue);
				return;
			case SameboatPackage.CODE__CODEBOOK:
				setCodebook((Codebook)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SameboatPackage.CODE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SameboatPackage.CODE__COLOUR:
				setColour(COLOUR_EDEFAULT);
				return;
			case SameboatPackage.CODE__DEFINITION:
				setDefinition(DEFINITION_EDEFAULT);
				return;
			case SameboatPackage.CODE__INCLUSION:
				setInclusion(INCLUSION_EDEFAULT);
				return;
			case SameboatPackage.CODE__EXCLUSION:
				setExclusion(EXCLUSION_EDEFAULT);
				return;
			case SameboatPackage.CODE__EXAMPLE:
				setExample(EXAMPLE_EDEFAULT);
				return;
			case SameboatPackage.CODE__INDICATORS:
				getIndicators().clear();
				return;
			case SameboatPackage.CODE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case SameboatPackage.CODE__SHORTCUT:
				setShortcut(SHORTCUT_EDEFAULT);
				return;
			case SameboatPackage.CODE__APPLICABLE:
				setApplicable(APPLICABLE_EDEFAULT);
				return;
			case SameboatPackage.CODE__APPLIES_TO:
				setAppliesTo(APPLIES_TO_EDEFAULT);
				return;
			case SameboatPackage.CODE__STARTS:
				getStarts().clear();
				return;
			case SameboatPackage.CODE__CHILDREN:
				getChildren().clear();
				return;
			case SameboatPackage.CODE__PARENT:
				setParent((Code)null);
				return;
			case SameboatPackage.CODE__CODEBOOK:
				setCodebook((Codebook)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SameboatPackage.CODE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SameboatPackage.CODE__COLOUR:
				return COLOUR_EDEFAULT == null ? colour != null : !COLOUR_EDEFAULT.equals(colour);
			case SameboatPackage.CODE__DEFINITION:
				return DEFINITION_EDEFAULT == null ? definition != null : !DEFINITION_EDEFAULT.equals(definition);
			case SameboatPackage.CODE__INCLUSION:
				return INCLUSION_EDEFAULT == null ? inclusion != null : !INCLUSION_EDEFAULT.equals(inclusion);
			case SameboatPackage.CODE__EXCLUSION:
				return EXCLUSION_EDEFAULT == null ? exclusion != null : !EXCLUSION_EDEFAULT.equals(exclusion);
			case SameboatPackage.CODE__EXAMPLE:
				return EXAMPLE_EDEFAULT == null ? example != null : !EXAMPLE_EDEFAULT.equals(example);
			case SameboatPackage.CODE__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case SameboatPackage.CODE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case SameboatPackage.CODE__SHORTCUT:
				return SHORTCUT_EDEFAULT == null ? shortcut != null : !SHORTCUT_EDEFAULT.equals(shortcut);
			case SameboatPackage.CODE__APPLICABLE:
				return applicable != APPLICABLE_EDEFAULT;
			case SameboatPackage.CODE__APPLIES_TO:
				return appliesTo != APPLIES_TO_EDEFAULT;
			case SameboatPackage.CODE__STARTS:
				return starts != null && !starts.isEmpty();
			case SameboatPackage.CODE__CHILDREN:
				return children != null && !children.isEmpty();
			case SameboatPackage.CODE__PARENT:
				return getParent() != null;
			case SameboatPackage.CODE__CODEBOOK:
				return getCodebook() != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", colour: ");
		result.append(colour);
		result.append(", definition: ");
		result.append(definition);
		result.append(", inclusion: ");
		result.append(inclusion);
		result.append(", exclusion: ");
		result.append(exclusion);
		result.append(", example: ");
		result.append(example);
		result.append(", indicators: ");
		result.append(indicators);
		result.append(", source: ");
		result.append(source);
		result.append(", shortcut: ");
		result.append(shortcut);
		result.append(", applicable: ");
		result.append(applicable);
		result.append(", appliesTo: ");
		result.append(appliesTo);
		result.append(", starts: ");
		result.append(starts);
		result.append(')');
		return result.toString();
	}

} //CodeImpl
